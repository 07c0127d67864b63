/// A triple as the tests compare them: lexical forms unescaped, IRIs in full, so what two
/// syntaxes wrote can be compared as sets.
struct RDFTestTriple: Hashable, CustomStringConvertible {
  enum Term: Hashable, CustomStringConvertible {
    case iri(String)
    case blank(String)
    case literal(String, language: String?, datatype: String?)

    var description: String {
      switch self {
      case .iri(let value): return "<\(value)>"
      case .blank(let label): return "_:\(label)"
      case .literal(let text, let language, let datatype):
        return "\"\(text)\"" + (language.map { "@" + $0 } ?? "") + (datatype.map { "^^<\($0)>" } ?? "")
      }
    }

    var iri: String? {
      if case .iri(let value) = self { return value }
      return nil
    }
  }

  let subject: Term
  let predicate: String
  let object: Term

  var description: String { "\(subject) <\(predicate)> \(object) ." }
}

enum RDFTestNamespaces {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let prov = "http://www.w3.org/ns/prov#"
  static let dg = "https://w3id.org/diplograph/ontology#"
  static let id = "https://w3id.org/diplograph/id/"
  static let xml = "http://www.w3.org/XML/1998/namespace"
}
