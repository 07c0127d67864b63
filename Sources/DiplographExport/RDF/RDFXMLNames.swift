/// Which IRIs RDF/XML can write as element names, checked for each one rather than assumed.
///
/// RDF/XML writes a predicate as an element `prefix:local`, so its IRI must split into a
/// declared namespace and an XML NCName; a few `rdf:` names are syntax, not properties
/// (`rdf:about`, `rdf:li`, which a parser would renumber). What fails is an `ExportError`,
/// never a file that parses to other triples.
enum RDFXMLNames {
  /// `rdf:` names that a node or property element must not have.
  private static let reservedRDFNames: Set<String> = [
    "RDF", "ID", "about", "bagID", "parseType", "resource", "nodeID", "datatype", "Description",
    "aboutEach", "aboutEachPrefix", "li",
  ]

  /// The namespaces every RDF/XML export declares on its root element.
  static let declaredNamespaces = Set(RDFVocabulary.namespaces)

  /// `dg:party` for a predicate, or nil when the IRI cannot be an element name.
  static func qualifiedName(_ iri: RDFIRI, declared: Set<RDFNamespace>) -> String? {
    qualifiedName(namespace: iri.namespace, localName: iri.localName, declared: declared)
  }

  static func qualifiedName(namespace: RDFNamespace, localName: String, declared: Set<RDFNamespace>) -> String? {
    guard declared.contains(namespace), isNCName(localName) else { return nil }
    if namespace == RDFVocabulary.rdf && reservedRDFNames.contains(localName) { return nil }
    return namespace.prefix + ":" + localName
  }

  /// XML 1.0 (fifth edition) `NCName`: a `Name` without colons.
  static func isNCName(_ name: String) -> Bool {
    var scalars = name.unicodeScalars.makeIterator()
    guard let first = scalars.next(), isNameStart(first) else { return false }
    while let scalar = scalars.next() {
      guard isNameStart(scalar) || isNameContinuation(scalar) else { return false }
    }
    return true
  }

  private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
      0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
      0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      return true
    default:
      return false
    }
  }

  private static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
    default: return false
    }
  }
}
