// Build-time only: compiled by MSBuild's RoslynCodeTaskFactory (see Blog.Generator.csproj), never into the generator.
using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Copies an assembly, lowering the version of one of its assembly references, and changes nothing else: the eight
/// version bytes of that AssemblyRef row are the only bytes that differ from the input.
/// </summary>
/// <remarks>
/// Markdig's netstandard2.0 build references System.Memory 4.0.2.0; compiler hosts on .NET Framework with Roslyn 4.8 to
/// 4.14 ship 4.0.1.2 and cannot bind a higher version. Every System.Memory API Markdig calls exists in 4.0.1.2 (a test
/// checks each member reference), so the bundled copy asks for that. A full rewrite with an assembly writer would
/// re-serialise the whole module; patching the row in place keeps the file byte for byte Markdig's own otherwise.
/// </remarks>
public sealed class RetargetAssemblyReference : Task
{
    /// <summary>The assembly to copy.</summary>
    [Required]
    public string Input { get; set; } = "";

    /// <summary>Where to write the copy.</summary>
    [Required]
    public string Output { get; set; } = "";

    /// <summary>The simple name of the reference to change, e.g. System.Memory.</summary>
    [Required]
    public string ReferenceName { get; set; } = "";

    /// <summary>The version the input must reference; anything else fails the build, so a new version is looked at.</summary>
    [Required]
    public string FromVersion { get; set; } = "";

    /// <summary>The version the copy references.</summary>
    [Required]
    public string ToVersion { get; set; } = "";

    public override bool Execute()
    {
        var bytes = File.ReadAllBytes(Input);
        var from = Version.Parse(FromVersion);
        var to = Version.Parse(ToVersion);
        int? rowOffset = null;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            var metadataStart = pe.PEHeaders.MetadataStartOffset;
            var tableStart = metadata.GetTableMetadataOffset(TableIndex.AssemblyRef);
            var rowSize = metadata.GetTableRowSize(TableIndex.AssemblyRef);
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (metadata.GetString(reference.Name) != ReferenceName)
                {
                    continue;
                }

                if (reference.Version != from)
                {
                    Log.LogError($"{Path.GetFileName(Input)} references {ReferenceName} {reference.Version}, not {from}: check that {to} still has every API it uses, then update the retargeting.");
                    return false;
                }

                rowOffset = metadataStart + tableStart + ((MetadataTokens.GetRowNumber(handle) - 1) * rowSize);
            }
        }

        if (rowOffset is not { } offset)
        {
            Log.LogError($"{Path.GetFileName(Input)} has no reference to {ReferenceName}: the retargeting is no longer needed.");
            return false;
        }

        // An AssemblyRef row starts with MajorVersion, MinorVersion, BuildNumber, RevisionNumber: four little-endian ushorts.
        WriteUInt16(bytes, offset, to.Major);
        WriteUInt16(bytes, offset + 2, to.Minor);
        WriteUInt16(bytes, offset + 4, to.Build);
        WriteUInt16(bytes, offset + 6, to.Revision);
        Directory.CreateDirectory(Path.GetDirectoryName(Output)!);
        File.WriteAllBytes(Output, bytes);
        return true;
    }

    private static void WriteUInt16(byte[] bytes, int offset, int value)
    {
        bytes[offset] = (byte)value;
        bytes[offset + 1] = (byte)(value >> 8);
    }
}
