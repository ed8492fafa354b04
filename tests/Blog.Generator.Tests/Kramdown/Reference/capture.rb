# Captures the HTML Jekyll's kramdown (GFM input, Jekyll's defaults) gives each case in cases.md (cases are separated
# by a line holding only U+241E) into jekyll-4.3.1.jsonl: one [markdown, html] per line.
#
#   cd tests/Blog.Generator.Tests/Kramdown/Reference && ruby capture.rb > jekyll-4.3.1.jsonl
#
# Captured with Debian's jekyll 4.3.1 (kramdown 2.4.0, kramdown-parser-gfm 1.1.0, rouge, Ruby 3.1).
require 'jekyll'
require 'json'
require 'tmpdir'

Dir.mktmpdir do |source|
  config = Jekyll.configuration("source" => source, "destination" => File.join(source, "_site"), "quiet" => true)
  converter = Jekyll::Converters::Markdown.new(config)
  File.read(File.join(__dir__, "cases.md")).chomp.split("\n\u241E\n").each do |markdown|
    puts JSON.generate([markdown, converter.convert(markdown)])
  end
end
