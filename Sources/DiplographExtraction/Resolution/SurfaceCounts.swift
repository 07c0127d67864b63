/// The printed forms of one entity with how often each occurs, in order of first occurrence.
///
/// A list searched with `==`, not a dictionary: an entity has a handful of forms, and hashing a
/// Chinese string normalizes it first (about 1,400 instructions a form), which was a sixth of
/// resolving a document. `==` compares bytes and normalizes only where two forms differ, so
/// canonically equivalent spellings still count as one form, the first spelling kept, as a
/// `[String: Int]` would.
struct SurfaceCounts: Sendable {
  private(set) var forms: [(surface: String, count: Int)] = []

  var isEmpty: Bool { forms.isEmpty }
  var surfaces: [String] { forms.map(\.surface) }

  mutating func add(_ surface: String, count: Int = 1) {
    if let index = forms.firstIndex(where: { $0.surface == surface }) {
      forms[index].count += count
    } else {
      forms.append((surface, count))
    }
  }

  mutating func merge(_ other: SurfaceCounts) {
    for form in other.forms { add(form.surface, count: form.count) }
  }
}
