using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Blog.Generator.Tests.Package;

/// <summary>What an assembly references and defines, read with System.Reflection.Metadata, as comparable text.</summary>
internal sealed class AssemblyMetadata
{
    private AssemblyMetadata(string name, Version version, IReadOnlyList<(string Name, Version Version)> references, IReadOnlySet<string> definedTypes, IReadOnlySet<string> definedMembers, IReadOnlyList<(string Assembly, string Type, string? Member)> uses)
    {
        Name = name;
        Version = version;
        References = references;
        DefinedTypes = definedTypes;
        DefinedMembers = definedMembers;
        Uses = uses;
    }

    public string Name { get; }

    public Version Version { get; }

    /// <summary>The assembly references, by simple name and version.</summary>
    public IReadOnlyList<(string Name, Version Version)> References { get; }

    /// <summary>Every type the assembly defines or forwards, as <c>Namespace.Name`N</c> (nested: <c>Outer/Inner</c>).</summary>
    public IReadOnlySet<string> DefinedTypes { get; }

    /// <summary>Every method and field it defines, as <c>Type::Name`GenericArity(Parameters):Return</c>.</summary>
    public IReadOnlySet<string> DefinedMembers { get; }

    /// <summary>Every type and member it uses from another assembly, keyed as in <see cref="DefinedMembers"/>.</summary>
    public IReadOnlyList<(string Assembly, string Type, string? Member)> Uses { get; }

    public static AssemblyMetadata Read(string path) => Read(File.ReadAllBytes(path));

    public static AssemblyMetadata Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var names = new TypeNames(reader);
        var definition = reader.GetAssemblyDefinition();

        var references = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();

        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = names.GetTypeFromDefinition(reader, handle, 0);
            types.Add(type);
            foreach (var method in reader.GetTypeDefinition(handle).GetMethods())
            {
                var definitionOfMethod = reader.GetMethodDefinition(method);
                members.Add(MethodKey(type, reader.GetString(definitionOfMethod.Name), definitionOfMethod.DecodeSignature(names, null)));
            }

            foreach (var field in reader.GetTypeDefinition(handle).GetFields())
            {
                var definitionOfField = reader.GetFieldDefinition(field);
                members.Add(type + "::" + reader.GetString(definitionOfField.Name) + ":" + definitionOfField.DecodeSignature(names, null));
            }
        }

        foreach (var handle in reader.ExportedTypes)
        {
            var exported = reader.GetExportedType(handle);
            types.Add(Qualified(reader.GetString(exported.Namespace), reader.GetString(exported.Name)));
        }

        var uses = new List<(string, string, string?)>();
        foreach (var handle in reader.TypeReferences)
        {
            if (names.AssemblyOf(handle) is { } assembly)
            {
                uses.Add((assembly, names.GetTypeFromReference(reader, handle, 0), null));
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (names.OpenTypeAndAssembly(member.Parent) is not var (type, assembly))
            {
                continue;
            }

            var name = reader.GetString(member.Name);
            var key = member.GetKind() == MemberReferenceKind.Method
                ? MethodKey(type, name, member.DecodeMethodSignature(names, null))
                : type + "::" + name + ":" + member.DecodeFieldSignature(names, null);
            uses.Add((assembly, type, key));
        }

        return new AssemblyMetadata(reader.GetString(definition.Name), definition.Version, references, types, members, uses);
    }

    /// <summary>The binding redirects of a .NET Framework application configuration file: name → (highest old version, new version).</summary>
    public static IReadOnlyDictionary<string, (Version OldMax, Version New)> BindingRedirects(string configPath)
    {
        XNamespace binding = "urn:schemas-microsoft-com:asm.v1";
        var redirects = new Dictionary<string, (Version, Version)>(StringComparer.Ordinal);
        foreach (var dependent in XDocument.Load(configPath).Descendants(binding + "dependentAssembly"))
        {
            var name = dependent.Element(binding + "assemblyIdentity")?.Attribute("name")?.Value;
            var redirect = dependent.Element(binding + "bindingRedirect");
            if (name is null || redirect is null)
            {
                continue;
            }

            var range = redirect.Attribute("oldVersion")!.Value.Split('-');
            redirects[name] = (Version.Parse(range[^1]), Version.Parse(redirect.Attribute("newVersion")!.Value));
        }

        return redirects;
    }

    private static string MethodKey(string type, string name, MethodSignature<string> signature) =>
        $"{type}::{name}`{signature.GenericParameterCount}({string.Join(",", signature.ParameterTypes)}):{signature.ReturnType}";

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>Names types the same way whether they are defined, referenced or instantiated, so keys compare across assemblies.</summary>
    private sealed class TypeNames(MetadataReader reader) : ISignatureTypeProvider<string, object?>
    {
        public string? AssemblyOf(TypeReferenceHandle handle)
        {
            var scope = reader.GetTypeReference(handle).ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
                HandleKind.TypeReference => AssemblyOf((TypeReferenceHandle)scope),
                _ => null,
            };
        }

        /// <summary>The open type a member reference belongs to (Span`1 for Span&lt;char&gt;) and its assembly; null for this assembly's own.</summary>
        public (string Type, string Assembly)? OpenTypeAndAssembly(EntityHandle parent)
        {
            switch (parent.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = (TypeReferenceHandle)parent;
                    return AssemblyOf(reference) is { } assembly ? (GetTypeFromReference(reader, reference, 0), assembly) : null;
                case HandleKind.TypeSpecification:
                    var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                    if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                    {
                        return null;
                    }

                    blob.ReadSignatureTypeCode();
                    var generic = blob.ReadTypeHandle();
                    return generic.Kind == HandleKind.TypeReference && AssemblyOf((TypeReferenceHandle)generic) is { } owner
                        ? (GetTypeFromReference(reader, (TypeReferenceHandle)generic, 0), owner)
                        : null;
                default:
                    return null;
            }
        }

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? Qualified(metadata.GetString(type.Namespace), metadata.GetString(type.Name))
                : GetTypeFromDefinition(metadata, declaring, 0) + "/" + metadata.GetString(type.Name);
        }

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, 0) + "/" + metadata.GetString(type.Name)
                : Qualified(metadata.GetString(type.Namespace), metadata.GetString(type.Name));
        }

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType + " pinned";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + signature.ReturnType + "(" + string.Join(",", signature.ParameterTypes) + ")";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";
    }
}
