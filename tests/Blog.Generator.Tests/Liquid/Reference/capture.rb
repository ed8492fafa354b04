# Captures what Jekyll's Liquid prints for each template in cases.liquid (templates are separated by a line holding
# only U+241E), with the variables LiquidTests.Page() gives, into jekyll-4.3.1.jsonl: one [template, output] per line.
#
#   cd tests/Blog.Generator.Tests/Liquid/Reference && TZ=UTC ruby capture.rb > jekyll-4.3.1.jsonl
#
# Captured with Debian's jekyll 4.3.1 (liquid 5.4.0, kramdown 2.4.0, Ruby 3.1).
require 'jekyll'
require 'json'
require 'tmpdir'

Dir.mktmpdir do |source|
  site = Jekyll::Site.new(Jekyll.configuration("source" => source, "destination" => File.join(source, "_site"),
                                               "url" => "https://blog.example.org", "baseurl" => "/test", "quiet" => true))
  page = { "title" => "Hello \"World\"", "tags" => ["a", "b", "c"], "categories" => ["x"],
           "date" => Time.new(2024, 1, 7, 15, 4, 5, "+05:30"),
           "authors" => [{ "name" => "Cy", "role" => "editor" }, { "name" => "Al", "role" => "writer" }, { "name" => "Bo", "role" => "editor" }],
           "flag" => true, "count" => 41 }
  variables = { "page" => page, "site" => site.site_payload["site"] }
  File.read(File.join(__dir__, "cases.liquid")).chomp.split("\n\u241E\n").each do |template|
    output = Liquid::Template.parse(template).render(variables, registers: { site: site }, filters: [Jekyll::Filters])
    puts JSON.generate([template, output])
  end
end
