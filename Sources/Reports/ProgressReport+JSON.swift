import DiffEngine
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// The report as JSON (`version` 1): the range, the method, each country with its rank,
  /// the scores per part at the start and end (points, denominator, score from 0 to 1 and the
  /// status counts), the change per part, the transitions and the trajectory; then the
  /// countries with no revision in effect by the end of the range.
  public func json() -> String {
    var out = JSONWriter()
    out.beginObject()
    out.key("version")
    out.int(1)
    out.key("since")
    out.string(since?.iso)
    out.key("until")
    out.string(until?.iso)
    out.key("pillar")
    out.string(pillar)
    out.key("rankedBy")
    out.string(rankedBy)
    out.key("method")
    out.string(ProgressReport.method)
    out.key("countries")
    out.beginArray()
    for country in countries {
      out.beginObject()
      out.key("rank")
      if let rank = country.rank { out.int(rank) } else { out.null() }
      out.key("country")
      out.string(country.country)
      out.key("name")
      out.string(format.countries.entry(code: country.country)?.name ?? country.country)
      out.key("inRange")
      out.bool(country.inRange)
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
        out.key("revision")
        out.int(transition.revision.number)
        out.key("date")
        out.string(transition.revision.effectiveDate.iso)
        out.key("previousRevision")
        out.int(transition.previous.number)
        out.key("previousDate")
        out.string(transition.previous.effectiveDate.iso)
        out.key("indicator")
        out.string(transition.indicator)
        out.key("title")
        out.string(format.catalog.indicator(transition.indicator)?.title ?? "")
        out.key("pillar")
        out.string(transition.pillar)
        out.key("from")
        out.string(transition.before.rawValue)
        out.key("to")
        out.string(transition.after.rawValue)
        out.key("class")
        out.string(transition.change.rawValue)
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
      out.key("country")
      out.string(code)
      out.key("name")
      out.string(format.countries.entry(code: code)?.name ?? code)
      out.key("latest")
      revision(latest, into: &out)
      out.endObject()
    }
    out.endArray()
    out.endObject()
    return out.text
  }

  private func revision(_ revision: RevisionRef, into out: inout JSONWriter) {
    out.beginObject()
    out.key("revision")
    out.int(revision.number)
    out.key("date")
    out.string(revision.effectiveDate.iso)
    out.endObject()
  }

  /// A revision and its scores; `counts`: with each part's status counts.
  private func point(
    _ point: Point, into out: inout JSONWriter, beforeRange: Bool?, counts: Bool = true
  ) {
    out.beginObject()
    out.key("revision")
    out.int(point.revision.number)
    out.key("date")
    out.string(point.revision.effectiveDate.iso)
    if let beforeRange {
      out.key("beforeRange")
      out.bool(beforeRange)
    }
    out.key("scores")
    out.beginObject()
    for part in parts {
      guard let score = point.score[part] else { continue }
      out.key(named: part)
      out.beginObject()
      out.key("score")
      if let value = score.value { out.double(value) } else { out.null() }
      out.key("points")
      out.double(score.points)
      out.key("denominator")
      out.int(score.scored)
      guard counts else {
        out.endObject()
        continue
      }
      out.key("present")
      out.int(score.present)
      out.key("partial")
      out.int(score.partial)
      out.key("absent")
      out.int(score.absent)
      out.key("unscored")
      out.int(score.unscored)
      out.endObject()
    }
    out.endObject()
    out.endObject()
  }
}
