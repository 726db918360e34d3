import DiffEngine
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// The report as JSON (`version` 1): the range, the method, each country with its rank,
  /// the scores per part at the start and end (points, denominator, score from 0 to 1 and the
  /// status counts), the change per part, the transitions and the trajectory; then the
  /// countries with no revision in effect by the end of the range.
  public func json() -> String {
    String(decoding: jsonBytes(), as: UTF8.self)
  }

  /// ``json()`` as UTF-8 bytes, for a caller that sends them on: about 1.3 KB a revision,
  /// reserved at once.
  public func jsonBytes() -> [UInt8] {
    let revisions = countries.reduce(0) { $0 + $1.trajectory.count }
    var out = JSONWriter(capacity: 4_096 + 1_400 * revisions)
    out.beginObject()
    out.field("version", 1)
    out.field("since", since?.iso)
    out.field("until", until?.iso)
    out.field("pillar", pillar)
    out.field("rankedBy", rankedBy)
    out.field("method", ProgressReport.method)
    out.key("countries")
    out.beginArray()
    for country in countries {
      out.beginObject()
      out.key("rank")
      if let rank = country.rank { out.int(rank) } else { out.null() }
      out.field("country", country.country)
      out.field("name", format.countries.entry(code: country.country)?.name ?? country.country)
      out.field("inRange", country.inRange)
      out.key("start")
      point(country.start, into: &out, beforeRange: country.startsBeforeRange)
      out.key("end")
      point(country.end, into: &out, beforeRange: !country.inRange)
      out.key("change")
      out.beginObject()
      for part in parts {
        out.key(named: part)
        if let delta = country.delta(part) { out.double(delta) } else { out.null() }
      }
      out.endObject()
      out.key("counts")
      out.beginObject()
      for change in [ChangeClass.established, .advanced, .regressed] {
        out.key(named: change.rawValue)
        out.int(country.count(change))
      }
      out.endObject()
      out.key("transitions")
      out.beginArray()
      for transition in country.transitions {
        out.beginObject()
        out.field("revision", transition.revision.number)
        out.field("date", transition.revision.effectiveDate.iso)
        out.field("previousRevision", transition.previous.number)
        out.field("previousDate", transition.previous.effectiveDate.iso)
        out.field("indicator", transition.indicator)
        out.field("title", format.catalog.indicator(transition.indicator)?.title ?? "")
        out.field("pillar", transition.pillar)
        out.field("from", transition.before.rawValue)
        out.field("to", transition.after.rawValue)
        out.field("class", transition.change.rawValue)
        // Only on moves into reviewed readings: a report without reviews is what it was.
        if let review = transition.review { out.review(review) }
        out.endObject()
      }
      out.endArray()
      out.key("trajectory")
      out.beginArray()
      for entry in country.trajectory {
        point(entry, into: &out, beforeRange: nil, counts: false)
      }
      out.endArray()
      out.key("latest")
      revision(country.latest, into: &out)
      out.endObject()
    }
    out.endArray()
    out.key("withoutRevision")
    out.beginArray()
    for (code, latest) in notYetIn {
      out.beginObject()
      out.field("country", code)
      out.field("name", format.countries.entry(code: code)?.name ?? code)
      out.key("latest")
      revision(latest, into: &out)
      out.endObject()
    }
    out.endArray()
    out.endObject()
    return out.finish()
  }

  private func revision(_ revision: RevisionRef, into out: inout JSONWriter) {
    out.beginObject()
    out.field("revision", revision.number)
    out.field("date", revision.effectiveDate.iso)
    out.endObject()
  }

  /// A revision and its scores; `counts`: with each part's status counts.
  private func point(
    _ point: Point, into out: inout JSONWriter, beforeRange: Bool?, counts: Bool = true
  ) {
    out.beginObject()
    out.field("revision", point.revision.number)
    out.field("date", point.revision.effectiveDate.iso)
    if let beforeRange {
      out.field("beforeRange", beforeRange)
    }
    out.key("scores")
    out.beginObject()
    for part in parts {
      guard let score = point.score[part] else { continue }
      out.key(named: part)
      out.beginObject()
      out.key("score")
      if let value = score.value { out.double(value) } else { out.null() }
      out.field("points", score.points)
      out.field("denominator", score.scored)
      guard counts else {
        out.endObject()
        continue
      }
      out.field("present", score.present)
      out.field("partial", score.partial)
      out.field("absent", score.absent)
      out.field("unscored", score.unscored)
      out.endObject()
    }
    out.endObject()
    out.endObject()
  }
}
