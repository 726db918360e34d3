import Foundation
import ProfileModel

/// What recording one document did, and the event it wrote (none when unchanged).
public struct IngestResult: Hashable, Sendable {
  public var outcome: IngestOutcome
  public var country: String
  public var effectiveDate: ProfileDate
  public var event: LedgerEvent?

  public init(
    outcome: IngestOutcome, country: String, effectiveDate: ProfileDate, event: LedgerEvent? = nil
  ) {
    self.outcome = outcome
    self.country = country
    self.effectiveDate = effectiveDate
    self.event = event
  }
}
