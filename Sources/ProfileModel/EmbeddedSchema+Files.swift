// swift-format-ignore-file
// Generated from Schema/ by `PROFILES_RECORD=1 swift test --filter EmbeddedSchemaTests`.
// Do not edit: change the file in Schema/ and re-record.

extension EmbeddedSchema {
  static let files: [String: String] = [
    "changelog.schema.json": #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://profileledger.invalid/schema/changelog.schema.json",
  "title": "ProfileLedger changelog, version 1",
  "description": "The output of `profiles changelog --format json`: every revision in effect dated in the range, by country, with what changed from the revision in effect before it. A new version of this form gets a new `version` number.",
  "type": "object",
  "required": ["version", "since", "until", "summary", "countries"],
  "additionalProperties": false,
  "properties": {
    "version": { "const": 1 },
    "since": { "description": "First effective date asked for; null when open.", "$ref": "#/$defs/dateOrNull" },
    "until": { "description": "Last effective date asked for; null when open.", "$ref": "#/$defs/dateOrNull" },
    "summary": {
      "type": "object",
      "required": ["countries", "revisions", "indicatorChanges", "figureChanges", "dateOnly"],
      "additionalProperties": false,
      "properties": {
        "countries": { "type": "integer", "minimum": 0 },
        "revisions": { "type": "integer", "minimum": 0 },
        "indicatorChanges": { "type": "integer", "minimum": 0 },
        "figureChanges": { "type": "integer", "minimum": 0 },
        "dateOnly": { "type": "integer", "minimum": 0 }
      }
    },
    "countries": {
      "description": "By ISO code.",
      "type": "array",
      "items": { "$ref": "#/$defs/country" }
    }
  },
  "$defs": {
    "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    "dateOrNull": {
      "type": ["string", "null"],
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "status": { "enum": ["present", "partial", "absent", "unknown", "missing"] },
    "strings": { "type": "array", "items": { "type": "string" } },
    "country": {
      "type": "object",
      "required": ["code", "name", "revisions"],
      "additionalProperties": false,
      "properties": {
        "code": { "description": "ISO 3166-1 alpha-3.", "type": "string", "pattern": "^[A-Z]{3}$" },
        "name": { "type": "string" },
        "revisions": {
          "description": "Oldest first.",
          "type": "array",
          "minItems": 1,
          "items": { "$ref": "#/$defs/revision" }
        }
      }
    },
    "revision": {
      "type": "object",
      "required": [
        "number", "seq", "effectiveDate", "recordedAt", "contentHash", "outcome", "previous",
        "dateOnly", "indicators", "figures"
      ],
      "additionalProperties": false,
      "properties": {
        "number": { "description": "Position among the country's revisions in effect, from 1.", "type": "integer", "minimum": 1 },
        "seq": { "description": "The event that recorded it.", "type": "integer", "minimum": 1 },
        "effectiveDate": { "$ref": "#/$defs/date" },
        "recordedAt": { "description": "UTC, ISO 8601.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$" },
        "contentHash": { "description": "SHA-256 of the reading's canonical JSON.", "type": "string", "pattern": "^[0-9a-f]{64}$" },
        "outcome": { "enum": ["recorded", "corrected", "backfilled"] },
        "previous": {
          "description": "The revision in effect before it; null for the country's first.",
          "type": ["object", "null"],
          "required": ["number", "seq", "effectiveDate"],
          "additionalProperties": false,
          "properties": {
            "number": { "type": "integer", "minimum": 1 },
            "seq": { "type": "integer", "minimum": 1 },
            "effectiveDate": { "$ref": "#/$defs/date" }
          }
        },
        "dateOnly": { "description": "Nothing but the date changed.", "type": "boolean" },
        "indicators": { "type": "array", "items": { "$ref": "#/$defs/indicatorChange" } },
        "figures": { "type": "array", "items": { "$ref": "#/$defs/figureChange" } }
      }
    },
    "indicatorChange": {
      "type": "object",
      "required": ["id", "title", "pillar", "status", "classes", "items", "words"],
      "additionalProperties": false,
      "properties": {
        "id": { "description": "Catalog number, e.g. 1.2.1.", "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)*$" },
        "title": { "type": "string" },
        "pillar": { "type": "string" },
        "status": {
          "type": "object",
          "required": ["before", "after", "direction"],
          "additionalProperties": false,
          "properties": {
            "before": { "$ref": "#/$defs/status" },
            "after": { "$ref": "#/$defs/status" },
            "direction": { "description": "null when the status did not change.", "enum": ["up", "down", "unranked", null] }
          }
        },
        "classes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "enum": [
              "appeared", "disappeared", "established", "advanced", "regressed", "reassessed",
              "expanded", "reduced", "reworded"
            ]
          }
        },
        "items": {
          "description": "Items added and removed, compared as normalised sets; null when the sets are equal.",
          "type": ["object", "null"],
          "required": ["added", "removed", "renames"],
          "additionalProperties": false,
          "properties": {
            "added": { "$ref": "#/$defs/strings" },
            "removed": { "$ref": "#/$defs/strings" },
            "renames": {
              "description": "Likely renames among removed × added, most similar first.",
              "type": "array",
              "items": {
                "type": "object",
                "required": ["from", "to", "similarity"],
                "additionalProperties": false,
                "properties": {
                  "from": { "type": "string" },
                  "to": { "type": "string" },
                  "similarity": { "type": "number", "minimum": 0, "maximum": 1 }
                }
              }
            }
          }
        },
        "words": {
          "description": "The text's word diff; null when the text did not change.",
          "type": ["array", "null"],
          "items": {
            "type": "object",
            "required": ["kind", "text"],
            "additionalProperties": false,
            "properties": {
              "kind": { "enum": ["equal", "deleted", "inserted"] },
              "text": { "type": "string" }
            }
          }
        }
      }
    },
    "figureChange": {
      "type": "object",
      "required": ["id", "label", "before", "after", "delta"],
      "additionalProperties": false,
      "properties": {
        "id": { "type": "string" },
        "label": { "type": "string" },
        "before": { "$ref": "#/$defs/figureReading" },
        "after": { "$ref": "#/$defs/figureReading" },
        "delta": {
          "description": "null when either value is missing or unreadable.",
          "type": ["object", "null"],
          "required": ["absolute", "relative"],
          "additionalProperties": false,
          "properties": {
            "absolute": { "type": "number" },
            "relative": { "description": "absolute / before; null when before is 0.", "type": ["number", "null"] }
          }
        }
      }
    },
    "figureReading": {
      "description": "null when the document does not give the figure.",
      "type": ["object", "null"],
      "required": ["value", "source"],
      "additionalProperties": false,
      "properties": {
        "value": { "description": "Plain decimal digits as printed.", "type": ["string", "null"], "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
        "source": {
          "type": ["object", "null"],
          "required": ["name", "period"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string" },
            "period": { "type": "string" }
          }
        }
      }
    }
  }
}

"""#,
    "countries.json": #"""
{
  "version": 2,
  "description": "ISO 3166-1 alpha-3 codes with the names ITU prints and other names each country goes by. designations: words an official name puts before or after the country's name (REPUBLIC OF X, X (REPUBLIC OF)); they are dropped only when the name does not match as printed, and never include a word that tells two countries apart (DEMOCRATIC, PEOPLE'S, SOUTH, EQUATORIAL). subjectVerbs: words that, right after a country's name in a profile's text, make that country the subject of a status sentence (X does not have, X has, X is a member).",
  "designations": ["Republic of", "Rep. of", "Principality of", "Kingdom of", "Grand Duchy of", "Commonwealth of", "State of", "Plurinational State of", "Federal Republic of", "Federated States of", "Federal States of", "Islamic Republic of", "United Republic of", "Sultanate of", "Independent State of", "Socialist Republic of", "Bolivarian Republic of", "Eastern Republic of", "Oriental Republic of", "Hashemite Kingdom of", "Arab Republic of", "Union of"],
  "subjectVerbs": ["has", "have", "had", "does", "did", "is", "was", "currently", "participates", "participated", "ratified", "signed", "acceded", "adopted", "enacted", "established", "hosts", "hosted", "takes", "took", "lacks", "cooperates", "collaborates"],
  "countries": [
    { "code": "ABW", "name": "Aruba", "aliases": [] },
    { "code": "AFG", "name": "Afghanistan", "aliases": ["Islamic Republic of Afghanistan", "Afghanistan (Islamic Republic of)", "Islamic Rep. of Afghanistan", "Afghanistan (Islamic Rep. of)"] },
    { "code": "AGO", "name": "Angola", "aliases": ["Republic of Angola", "Angola (Republic of)", "Rep. of Angola", "Angola (Rep. of)"] },
    { "code": "AIA", "name": "Anguilla", "aliases": [] },
    { "code": "ALA", "name": "Åland Islands", "aliases": [] },
    { "code": "ALB", "name": "Albania", "aliases": ["Republic of Albania", "Albania (Republic of)", "Rep. of Albania", "Albania (Rep. of)"] },
    { "code": "AND", "name": "Andorra", "aliases": ["Principality of Andorra", "Andorra (Principality of)"] },
    { "code": "ARE", "name": "United Arab Emirates", "aliases": ["UAE"] },
    { "code": "ARG", "name": "Argentina", "aliases": ["Argentine Republic", "Argentine Rep."] },
    { "code": "ARM", "name": "Armenia", "aliases": ["Republic of Armenia", "Armenia (Republic of)", "Rep. of Armenia", "Armenia (Rep. of)"] },
    { "code": "ASM", "name": "American Samoa", "aliases": [] },
    { "code": "ATA", "name": "Antarctica", "aliases": [] },
    { "code": "ATF", "name": "French Southern Territories", "aliases": [] },
    { "code": "ATG", "name": "Antigua and Barbuda", "aliases": ["Antigua & Barbuda"] },
    { "code": "AUS", "name": "Australia", "aliases": [] },
    { "code": "AUT", "name": "Austria", "aliases": ["Republic of Austria", "Austria (Republic of)", "Rep. of Austria", "Austria (Rep. of)"] },
    { "code": "AZE", "name": "Azerbaijan", "aliases": ["Republic of Azerbaijan", "Azerbaijan (Republic of)", "Rep. of Azerbaijan", "Azerbaijan (Rep. of)"] },
    { "code": "BDI", "name": "Burundi", "aliases": ["Republic of Burundi", "Burundi (Republic of)", "Rep. of Burundi", "Burundi (Rep. of)"] },
    { "code": "BEL", "name": "Belgium", "aliases": ["Kingdom of Belgium", "Belgium (Kingdom of)"] },
    { "code": "BEN", "name": "Benin", "aliases": ["Republic of Benin", "Benin (Republic of)", "Rep. of Benin", "Benin (Rep. of)"] },
    { "code": "BES", "name": "Bonaire, Sint Eustatius and Saba", "aliases": ["Caribbean Netherlands", "Bonaire"] },
    { "code": "BFA", "name": "Burkina Faso", "aliases": [] },
    { "code": "BGD", "name": "Bangladesh", "aliases": ["People's Republic of Bangladesh", "Bangladesh (People's Republic of)", "People's Rep. of Bangladesh", "Bangladesh (People's Rep. of)"] },
    { "code": "BGR", "name": "Bulgaria", "aliases": ["Republic of Bulgaria", "Bulgaria (Republic of)", "Rep. of Bulgaria", "Bulgaria (Rep. of)"] },
    { "code": "BHR", "name": "Bahrain", "aliases": ["Kingdom of Bahrain", "Bahrain (Kingdom of)"] },
    { "code": "BHS", "name": "Bahamas", "aliases": ["Commonwealth of the Bahamas", "The Bahamas", "Bahamas, The", "Bahamas (Commonwealth of the)", "Commonwealth of Bahamas"] },
    { "code": "BIH", "name": "Bosnia and Herzegovina", "aliases": ["Republic of Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosnia and Herzegovina (Republic of)", "Rep. of Bosnia and Herzegovina", "Bosnia and Herzegovina (Rep. of)"] },
    { "code": "BLM", "name": "Saint Barthélemy", "aliases": ["St. Barthélemy", "St. Barts", "Saint Barts"] },
    { "code": "BLR", "name": "Belarus", "aliases": ["Republic of Belarus", "Belarus (Republic of)", "Rep. of Belarus", "Belarus (Rep. of)"] },
    { "code": "BLZ", "name": "Belize", "aliases": [] },
    { "code": "BMU", "name": "Bermuda", "aliases": [] },
    { "code": "BOL", "name": "Bolivia (Plurinational State of)", "aliases": ["Plurinational State of Bolivia", "Bolivia"] },
    { "code": "BRA", "name": "Brazil", "aliases": ["Federative Republic of Brazil", "Brazil (Federative Republic of)", "Federative Rep. of Brazil", "Brazil (Federative Rep. of)"] },
    { "code": "BRB", "name": "Barbados", "aliases": [] },
    { "code": "BRN", "name": "Brunei Darussalam", "aliases": ["Brunei", "Nation of Brunei, the Abode of Peace"] },
    { "code": "BTN", "name": "Bhutan", "aliases": ["Kingdom of Bhutan", "Bhutan (Kingdom of)"] },
    { "code": "BVT", "name": "Bouvet Island", "aliases": [] },
    { "code": "BWA", "name": "Botswana", "aliases": ["Republic of Botswana", "Botswana (Republic of)", "Rep. of Botswana", "Botswana (Rep. of)"] },
    { "code": "CAF", "name": "Central African Republic", "aliases": ["Central African Rep."] },
    { "code": "CAN", "name": "Canada", "aliases": [] },
    { "code": "CCK", "name": "Cocos (Keeling) Islands", "aliases": ["Cocos Islands", "Keeling Islands"] },
    { "code": "CHE", "name": "Switzerland", "aliases": ["Swiss Confederation", "Switzerland (Confederation of)", "Confederation of Switzerland"] },
    { "code": "CHL", "name": "Chile", "aliases": ["Republic of Chile", "Chile (Republic of)", "Rep. of Chile", "Chile (Rep. of)"] },
    { "code": "CHN", "name": "China", "aliases": ["People's Republic of China", "China, People's Republic of", "People's Rep. of China", "China, People's Rep. of"] },
    { "code": "CIV", "name": "Côte d'Ivoire", "aliases": ["Republic of Côte d'Ivoire", "Ivory Coast", "Côte d'Ivoire (Republic of)", "Rep. of Côte d'Ivoire", "Côte d'Ivoire (Rep. of)"] },
    { "code": "CMR", "name": "Cameroon", "aliases": ["Republic of Cameroon", "Cameroon (Republic of)", "Rep. of Cameroon", "Cameroon (Rep. of)"] },
    { "code": "COD", "name": "Dem. Rep. of the Congo", "aliases": ["Congo, The Democratic Republic of the", "Democratic Republic of the Congo", "Congo (Democratic Republic of the)", "Congo, Dem. Rep.", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Zaire", "Dem. Rep. of Congo", "Congo, The Dem. Rep. of the", "Congo (Dem. Rep. of the)", "Congo (Democratic Republic of)"] },
    { "code": "COG", "name": "Congo (Rep. of the)", "aliases": ["Congo", "Republic of the Congo", "Congo (Republic of the)", "Congo, Rep.", "Republic of Congo", "Congo-Brazzaville", "Rep. of the Congo", "Rep. of Congo"] },
    { "code": "COK", "name": "Cook Islands", "aliases": [] },
    { "code": "COL", "name": "Colombia", "aliases": ["Republic of Colombia", "Colombia (Republic of)", "Rep. of Colombia", "Colombia (Rep. of)"] },
    { "code": "COM", "name": "Comoros", "aliases": ["Union of the Comoros", "Comoros (Union of the)"] },
    { "code": "CPV", "name": "Cabo Verde", "aliases": ["Republic of Cabo Verde", "Cape Verde", "Cape Verde (Republic of)", "Republic of Cape Verde", "Cabo Verde (Republic of)", "Rep. of Cabo Verde", "Cape Verde (Rep. of)", "Rep. of Cape Verde", "Cabo Verde (Rep. of)"] },
    { "code": "CRI", "name": "Costa Rica", "aliases": ["Republic of Costa Rica", "Costa Rica (Republic of)", "Rep. of Costa Rica", "Costa Rica (Rep. of)"] },
    { "code": "CUB", "name": "Cuba", "aliases": ["Republic of Cuba", "Cuba (Republic of)", "Rep. of Cuba", "Cuba (Rep. of)"] },
    { "code": "CUW", "name": "Curaçao", "aliases": [] },
    { "code": "CXR", "name": "Christmas Island", "aliases": [] },
    { "code": "CYM", "name": "Cayman Islands", "aliases": [] },
    { "code": "CYP", "name": "Cyprus", "aliases": ["Republic of Cyprus", "Cyprus (Republic of)", "Rep. of Cyprus", "Cyprus (Rep. of)"] },
    { "code": "CZE", "name": "Czech Republic", "aliases": ["Czechia", "Czech Rep."] },
    { "code": "DEU", "name": "Germany", "aliases": ["Federal Republic of Germany", "Germany (Federal Republic of)", "Federal Rep. of Germany", "Germany (Federal Rep. of)"] },
    { "code": "DJI", "name": "Djibouti", "aliases": ["Republic of Djibouti", "Djibouti (Republic of)", "Rep. of Djibouti", "Djibouti (Rep. of)"] },
    { "code": "DMA", "name": "Dominica", "aliases": ["Commonwealth of Dominica", "Dominica (Commonwealth of)"] },
    { "code": "DNK", "name": "Denmark", "aliases": ["Kingdom of Denmark", "Denmark (Kingdom of)"] },
    { "code": "DOM", "name": "Dominican Republic", "aliases": ["Dominican Rep."] },
    { "code": "DZA", "name": "Algeria", "aliases": ["People's Democratic Republic of Algeria", "Algeria (People's Democratic Republic of)", "People's Dem. Rep. of Algeria", "Algeria (People's Dem. Rep. of)"] },
    { "code": "ECU", "name": "Ecuador", "aliases": ["Republic of Ecuador", "Ecuador (Republic of)", "Rep. of Ecuador", "Ecuador (Rep. of)"] },
    { "code": "EGY", "name": "Egypt", "aliases": ["Arab Republic of Egypt", "Egypt, Arab Rep.", "Egypt (Arab Republic of)", "Arab Rep. of Egypt", "Egypt (Arab Rep. of)"] },
    { "code": "ERI", "name": "Eritrea", "aliases": ["State of Eritrea", "Eritrea (State of)"] },
    { "code": "ESH", "name": "Western Sahara", "aliases": [] },
    { "code": "ESP", "name": "Spain", "aliases": ["Kingdom of Spain", "Spain (Kingdom of)"] },
    { "code": "EST", "name": "Estonia", "aliases": ["Republic of Estonia", "Estonia (Republic of)", "Rep. of Estonia", "Estonia (Rep. of)"] },
    { "code": "ETH", "name": "Ethiopia", "aliases": ["Federal Democratic Republic of Ethiopia", "Ethiopia (Federal Democratic Republic of)", "Federal Dem. Rep. of Ethiopia", "Ethiopia (Federal Dem. Rep. of)"] },
    { "code": "FIN", "name": "Finland", "aliases": ["Republic of Finland", "Finland (Republic of)", "Rep. of Finland", "Finland (Rep. of)"] },
    { "code": "FJI", "name": "Fiji", "aliases": ["Republic of Fiji", "Fiji (Republic of)", "Rep. of Fiji", "Fiji (Rep. of)"] },
    { "code": "FLK", "name": "Falkland Islands (Malvinas)", "aliases": ["Falkland Islands"] },
    { "code": "FRA", "name": "France", "aliases": ["French Republic", "French Rep."] },
    { "code": "FRO", "name": "Faroe Islands", "aliases": ["Faeroe Islands"] },
    { "code": "FSM", "name": "Micronesia", "aliases": ["Micronesia, Federated States of", "Federated States of Micronesia", "Micronesia (Fed. States of)", "Micronesia, Fed. Sts.", "Fed. States of Micronesia", "Micronesia (Federated States of)", "Micronesia (Federal States of)"] },
    { "code": "GAB", "name": "Gabon", "aliases": ["Gabonese Republic", "Gabonese Rep."] },
    { "code": "GBR", "name": "United Kingdom", "aliases": ["United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain"] },
    { "code": "GEO", "name": "Georgia", "aliases": [] },
    { "code": "GGY", "name": "Guernsey", "aliases": [] },
    { "code": "GHA", "name": "Ghana", "aliases": ["Republic of Ghana", "Ghana (Republic of)", "Rep. of Ghana", "Ghana (Rep. of)"] },
    { "code": "GIB", "name": "Gibraltar", "aliases": [] },
    { "code": "GIN", "name": "Guinea", "aliases": ["Republic of Guinea", "Guinea (Republic of)", "Rep. of Guinea", "Guinea (Rep. of)"] },
    { "code": "GLP", "name": "Guadeloupe", "aliases": [] },
    { "code": "GMB", "name": "Gambia", "aliases": ["Republic of the Gambia", "The Gambia", "Gambia, The", "Republic of Gambia", "Gambia (Republic of the)", "Rep. of the Gambia", "Rep. of Gambia", "Gambia (Rep. of the)"] },
    { "code": "GNB", "name": "Guinea-Bissau", "aliases": ["Republic of Guinea-Bissau", "Guinea Bissau", "Guinea-Bissau (Republic of)", "Rep. of Guinea-Bissau", "Guinea-Bissau (Rep. of)"] },
    { "code": "GNQ", "name": "Equatorial Guinea", "aliases": ["Republic of Equatorial Guinea", "Equatorial Guinea (Republic of)", "Rep. of Equatorial Guinea", "Equatorial Guinea (Rep. of)"] },
    { "code": "GRC", "name": "Greece", "aliases": ["Hellenic Republic", "Hellenic Rep."] },
    { "code": "GRD", "name": "Grenada", "aliases": [] },
    { "code": "GRL", "name": "Greenland", "aliases": [] },
    { "code": "GTM", "name": "Guatemala", "aliases": ["Republic of Guatemala", "Guatemala (Republic of)", "Rep. of Guatemala", "Guatemala (Rep. of)"] },
    { "code": "GUF", "name": "French Guiana", "aliases": [] },
    { "code": "GUM", "name": "Guam", "aliases": [] },
    { "code": "GUY", "name": "Guyana", "aliases": ["Republic of Guyana", "Guyana (Republic of)", "Rep. of Guyana", "Guyana (Rep. of)"] },
    { "code": "HKG", "name": "Hong Kong, China", "aliases": ["Hong Kong", "Hong Kong Special Administrative Region of China", "Hong Kong SAR", "Hong Kong SAR, China", "China, Hong Kong SAR", "China, Hong Kong Special Administrative Region"] },
    { "code": "HMD", "name": "Heard Island and McDonald Islands", "aliases": ["Heard and McDonald Islands"] },
    { "code": "HND", "name": "Honduras", "aliases": ["Republic of Honduras", "Honduras (Republic of)", "Rep. of Honduras", "Honduras (Rep. of)"] },
    { "code": "HRV", "name": "Croatia", "aliases": ["Republic of Croatia", "Croatia (Republic of)", "Rep. of Croatia", "Croatia (Rep. of)"] },
    { "code": "HTI", "name": "Haiti", "aliases": ["Republic of Haiti", "Haiti (Republic of)", "Rep. of Haiti", "Haiti (Rep. of)"] },
    { "code": "HUN", "name": "Hungary", "aliases": [] },
    { "code": "IDN", "name": "Indonesia", "aliases": ["Republic of Indonesia", "Indonesia (Republic of)", "Rep. of Indonesia", "Indonesia (Rep. of)"] },
    { "code": "IMN", "name": "Isle of Man", "aliases": [] },
    { "code": "IND", "name": "India", "aliases": ["Republic of India", "India (Republic of)", "Rep. of India", "India (Rep. of)"] },
    { "code": "IOT", "name": "British Indian Ocean Territory", "aliases": [] },
    { "code": "IRL", "name": "Ireland", "aliases": [] },
    { "code": "IRN", "name": "Iran (Islamic Republic of)", "aliases": ["Islamic Republic of Iran", "Iran", "Iran (Islamic Rep. of)", "Iran, Islamic Rep.", "Islamic Rep. of Iran"] },
    { "code": "IRQ", "name": "Iraq", "aliases": ["Republic of Iraq", "Iraq (Republic of)", "Rep. of Iraq", "Iraq (Rep. of)"] },
    { "code": "ISL", "name": "Iceland", "aliases": ["Republic of Iceland", "Iceland (Republic of)", "Rep. of Iceland", "Iceland (Rep. of)"] },
    { "code": "ISR", "name": "Israel", "aliases": ["State of Israel", "Israel (State of)"] },
    { "code": "ITA", "name": "Italy", "aliases": ["Italian Republic", "Italian Rep."] },
    { "code": "JAM", "name": "Jamaica", "aliases": [] },
    { "code": "JEY", "name": "Jersey", "aliases": [] },
    { "code": "JOR", "name": "Jordan", "aliases": ["Hashemite Kingdom of Jordan", "Jordan (Hashemite Kingdom of)"] },
    { "code": "JPN", "name": "Japan", "aliases": [] },
    { "code": "KAZ", "name": "Kazakhstan", "aliases": ["Republic of Kazakhstan", "Kazakhstan (Republic of)", "Rep. of Kazakhstan", "Kazakhstan (Rep. of)"] },
    { "code": "KEN", "name": "Kenya", "aliases": ["Republic of Kenya", "Kenya (Republic of)", "Rep. of Kenya", "Kenya (Rep. of)"] },
    { "code": "KGZ", "name": "Kyrgyzstan", "aliases": ["Kyrgyz Republic", "Kyrgyz Rep."] },
    { "code": "KHM", "name": "Cambodia", "aliases": ["Kingdom of Cambodia", "Cambodia (Kingdom of)"] },
    { "code": "KIR", "name": "Kiribati", "aliases": ["Republic of Kiribati", "Kiribati (Republic of)", "Rep. of Kiribati", "Kiribati (Rep. of)"] },
    { "code": "KNA", "name": "Saint Kitts and Nevis", "aliases": ["St. Kitts and Nevis", "Saint Christopher and Nevis", "St. Kitts & Nevis", "Saint Kitts & Nevis", "St. Christopher and Nevis"] },
    { "code": "KOR", "name": "Korea (Rep. of)", "aliases": ["Korea, Republic of", "South Korea", "Republic of Korea", "Korea", "Korea, Rep.", "Korea, South", "Rep. of Korea"] },
    { "code": "KWT", "name": "Kuwait", "aliases": ["State of Kuwait", "Kuwait (State of)"] },
    { "code": "LAO", "name": "Lao P.D.R.", "aliases": ["Lao People's Democratic Republic", "Laos", "Lao PDR", "Lao People's Dem. Republic", "Lao People's Dem. Rep."] },
    { "code": "LBN", "name": "Lebanon", "aliases": ["Lebanese Republic", "Lebanese Rep."] },
    { "code": "LBR", "name": "Liberia", "aliases": ["Republic of Liberia", "Liberia (Republic of)", "Rep. of Liberia", "Liberia (Rep. of)"] },
    { "code": "LBY", "name": "Libya", "aliases": ["State of Libya", "Libya (State of)", "Libyan Arab Jamahiriya"] },
    { "code": "LCA", "name": "Saint Lucia", "aliases": ["St. Lucia"] },
    { "code": "LIE", "name": "Liechtenstein", "aliases": ["Principality of Liechtenstein", "Liechtenstein (Principality of)"] },
    { "code": "LKA", "name": "Sri Lanka", "aliases": ["Democratic Socialist Republic of Sri Lanka", "Sri Lanka (Democratic Socialist Republic of)", "Dem. Socialist Rep. of Sri Lanka", "Sri Lanka (Dem. Socialist Rep. of)"] },
    { "code": "LSO", "name": "Lesotho", "aliases": ["Kingdom of Lesotho", "Lesotho (Kingdom of)"] },
    { "code": "LTU", "name": "Lithuania", "aliases": ["Republic of Lithuania", "Lithuania (Republic of)", "Rep. of Lithuania", "Lithuania (Rep. of)"] },
    { "code": "LUX", "name": "Luxembourg", "aliases": ["Grand Duchy of Luxembourg", "Luxembourg (Grand Duchy of)"] },
    { "code": "LVA", "name": "Latvia", "aliases": ["Republic of Latvia", "Latvia (Republic of)", "Rep. of Latvia", "Latvia (Rep. of)"] },
    { "code": "MAC", "name": "Macao, China", "aliases": ["Macao", "Macao Special Administrative Region of China", "Macau", "Macao SAR", "Macao SAR, China", "China, Macao SAR", "China, Macao Special Administrative Region", "Macau, China"] },
    { "code": "MAF", "name": "Saint Martin (French part)", "aliases": ["Saint Martin", "St. Martin (French part)", "St. Martin", "Saint-Martin"] },
    { "code": "MAR", "name": "Morocco", "aliases": ["Kingdom of Morocco", "Morocco (Kingdom of)"] },
    { "code": "MCO", "name": "Monaco", "aliases": ["Principality of Monaco", "Monaco (Principality of)"] },
    { "code": "MDA", "name": "Moldova", "aliases": ["Moldova, Republic of", "Republic of Moldova", "Moldova, Rep. of", "Rep. of Moldova"] },
    { "code": "MDG", "name": "Madagascar", "aliases": ["Republic of Madagascar", "Madagascar (Republic of)", "Rep. of Madagascar", "Madagascar (Rep. of)"] },
    { "code": "MDV", "name": "Maldives", "aliases": ["Republic of Maldives", "Maldives (Republic of)", "Rep. of Maldives", "Maldives (Rep. of)"] },
    { "code": "MEX", "name": "Mexico", "aliases": ["United Mexican States"] },
    { "code": "MHL", "name": "Marshall Islands", "aliases": ["Republic of the Marshall Islands", "Marshall Islands (Republic of the)", "Rep. of the Marshall Islands", "Marshall Islands (Rep. of the)"] },
    { "code": "MKD", "name": "North Macedonia", "aliases": ["Republic of North Macedonia", "The Former Yugoslav Republic of Macedonia", "Former Yugoslav Republic of Macedonia", "Macedonia, the Former Yugoslav Republic of", "The Former Yugoslav Rep. of Macedonia", "TFYR Macedonia", "FYR Macedonia", "Macedonia, FYR", "FYROM", "Macedonia", "North Macedonia (Republic of)", "Republic of Macedonia", "Rep. of North Macedonia", "Former Yugoslav Rep. of Macedonia", "Macedonia, the Former Yugoslav Rep. of", "North Macedonia (Rep. of)", "Rep. of Macedonia"] },
    { "code": "MLI", "name": "Mali", "aliases": ["Republic of Mali", "Mali (Republic of)", "Rep. of Mali", "Mali (Rep. of)"] },
    { "code": "MLT", "name": "Malta", "aliases": ["Republic of Malta", "Malta (Republic of)", "Rep. of Malta", "Malta (Rep. of)"] },
    { "code": "MMR", "name": "Myanmar", "aliases": ["Republic of Myanmar", "Burma", "Myanmar (Union of)", "Union of Myanmar", "Republic of the Union of Myanmar", "Myanmar (Republic of the Union of)", "Myanmar (Republic of)", "Rep. of Myanmar", "Rep. of the Union of Myanmar", "Myanmar (Rep. of the Union of)", "Myanmar (Rep. of)"] },
    { "code": "MNE", "name": "Montenegro", "aliases": [] },
    { "code": "MNG", "name": "Mongolia", "aliases": [] },
    { "code": "MNP", "name": "Northern Mariana Islands", "aliases": ["Commonwealth of the Northern Mariana Islands", "Northern Mariana Islands (Commonwealth of the)"] },
    { "code": "MOZ", "name": "Mozambique", "aliases": ["Republic of Mozambique", "Mozambique (Republic of)", "Rep. of Mozambique", "Mozambique (Rep. of)"] },
    { "code": "MRT", "name": "Mauritania", "aliases": ["Islamic Republic of Mauritania", "Mauritania (Islamic Republic of)", "Islamic Rep. of Mauritania", "Mauritania (Islamic Rep. of)"] },
    { "code": "MSR", "name": "Montserrat", "aliases": [] },
    { "code": "MTQ", "name": "Martinique", "aliases": [] },
    { "code": "MUS", "name": "Mauritius", "aliases": ["Republic of Mauritius", "Mauritius (Republic of)", "Rep. of Mauritius", "Mauritius (Rep. of)"] },
    { "code": "MWI", "name": "Malawi", "aliases": ["Republic of Malawi", "Malawi (Republic of)", "Rep. of Malawi", "Malawi (Rep. of)"] },
    { "code": "MYS", "name": "Malaysia", "aliases": [] },
    { "code": "MYT", "name": "Mayotte", "aliases": [] },
    { "code": "NAM", "name": "Namibia", "aliases": ["Republic of Namibia", "Namibia (Republic of)", "Rep. of Namibia", "Namibia (Rep. of)"] },
    { "code": "NCL", "name": "New Caledonia", "aliases": [] },
    { "code": "NER", "name": "Niger", "aliases": ["Republic of the Niger", "Niger (Republic of the)", "Republic of Niger", "Rep. of the Niger", "Rep. of Niger", "Niger (Rep. of the)"] },
    { "code": "NFK", "name": "Norfolk Island", "aliases": [] },
    { "code": "NGA", "name": "Nigeria", "aliases": ["Federal Republic of Nigeria", "Nigeria (Federal Republic of)", "Federal Rep. of Nigeria", "Nigeria (Federal Rep. of)"] },
    { "code": "NIC", "name": "Nicaragua", "aliases": ["Republic of Nicaragua", "Nicaragua (Republic of)", "Rep. of Nicaragua", "Nicaragua (Rep. of)"] },
    { "code": "NIU", "name": "Niue", "aliases": [] },
    { "code": "NLD", "name": "Netherlands", "aliases": ["Kingdom of the Netherlands", "The Netherlands", "Netherlands (Kingdom of the)", "Holland"] },
    { "code": "NOR", "name": "Norway", "aliases": ["Kingdom of Norway", "Norway (Kingdom of)"] },
    { "code": "NPL", "name": "Nepal", "aliases": ["Federal Democratic Republic of Nepal", "Nepal (Republic of)", "Nepal (Federal Democratic Republic of)", "Federal Dem. Rep. of Nepal", "Nepal (Rep. of)", "Nepal (Federal Dem. Rep. of)"] },
    { "code": "NRU", "name": "Nauru", "aliases": ["Republic of Nauru", "Nauru (Republic of)", "Rep. of Nauru", "Nauru (Rep. of)"] },
    { "code": "NZL", "name": "New Zealand", "aliases": [] },
    { "code": "OMN", "name": "Oman", "aliases": ["Sultanate of Oman", "Oman (Sultanate of)"] },
    { "code": "PAK", "name": "Pakistan", "aliases": ["Islamic Republic of Pakistan", "Pakistan (Islamic Republic of)", "Islamic Rep. of Pakistan", "Pakistan (Islamic Rep. of)"] },
    { "code": "PAN", "name": "Panama", "aliases": ["Republic of Panama", "Panama (Republic of)", "Rep. of Panama", "Panama (Rep. of)"] },
    { "code": "PCN", "name": "Pitcairn", "aliases": ["Pitcairn Islands"] },
    { "code": "PER", "name": "Peru", "aliases": ["Republic of Peru", "Peru (Republic of)", "Rep. of Peru", "Peru (Rep. of)"] },
    { "code": "PHL", "name": "Philippines", "aliases": ["Republic of the Philippines", "The Philippines", "Republic of Philippines", "Philippines (Republic of the)", "Rep. of the Philippines", "Rep. of Philippines", "Philippines (Rep. of the)"] },
    { "code": "PLW", "name": "Palau", "aliases": ["Republic of Palau", "Palau (Republic of)", "Rep. of Palau", "Palau (Rep. of)"] },
    { "code": "PNG", "name": "Papua New Guinea", "aliases": ["Independent State of Papua New Guinea", "Papua New Guinea (Independent State of)"] },
    { "code": "POL", "name": "Poland", "aliases": ["Republic of Poland", "Poland (Republic of)", "Rep. of Poland", "Poland (Rep. of)"] },
    { "code": "PRI", "name": "Puerto Rico", "aliases": [] },
    { "code": "PRK", "name": "Dem. People's Rep. of Korea", "aliases": ["Korea, Democratic People's Republic of", "Democratic People's Republic of Korea", "North Korea", "Korea, Dem. People's Rep.", "Korea (Dem. People's Rep. of)", "Korea, Dem. Rep.", "DPRK", "Korea, North", "Korea (Democratic People's Republic of)", "DPR Korea", "Democratic People's Rep. of Korea"] },
    { "code": "PRT", "name": "Portugal", "aliases": ["Portuguese Republic", "Portuguese Rep."] },
    { "code": "PRY", "name": "Paraguay", "aliases": ["Republic of Paraguay", "Paraguay (Republic of)", "Rep. of Paraguay", "Paraguay (Rep. of)"] },
    { "code": "PSE", "name": "Palestine", "aliases": ["Palestine, State of", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory", "Palestinian Territory, Occupied", "West Bank and Gaza"] },
    { "code": "PYF", "name": "French Polynesia", "aliases": [] },
    { "code": "QAT", "name": "Qatar", "aliases": ["State of Qatar", "Qatar (State of)"] },
    { "code": "REU", "name": "Réunion", "aliases": [] },
    { "code": "ROU", "name": "Romania", "aliases": [] },
    { "code": "RUS", "name": "Russian Federation", "aliases": ["Russia"] },
    { "code": "RWA", "name": "Rwanda", "aliases": ["Rwandese Republic", "Rwandese Rep."] },
    { "code": "SAU", "name": "Saudi Arabia", "aliases": ["Kingdom of Saudi Arabia", "Saudi Arabia (Kingdom of)"] },
    { "code": "SDN", "name": "Sudan", "aliases": ["Republic of the Sudan", "Republic of Sudan", "The Sudan", "Sudan (Republic of the)", "Rep. of the Sudan", "Rep. of Sudan", "Sudan (Rep. of the)", "Sudan (Republic of)"] },
    { "code": "SEN", "name": "Senegal", "aliases": ["Republic of Senegal", "Senegal (Republic of)", "Rep. of Senegal", "Senegal (Rep. of)"] },
    { "code": "SGP", "name": "Singapore", "aliases": ["Republic of Singapore", "Singapore (Republic of)", "Rep. of Singapore", "Singapore (Rep. of)"] },
    { "code": "SGS", "name": "South Georgia and the South Sandwich Islands", "aliases": [] },
    { "code": "SHN", "name": "Saint Helena, Ascension and Tristan da Cunha", "aliases": ["Saint Helena", "St. Helena", "St. Helena, Ascension and Tristan da Cunha"] },
    { "code": "SJM", "name": "Svalbard and Jan Mayen", "aliases": ["Svalbard and Jan Mayen Islands"] },
    { "code": "SLB", "name": "Solomon Islands", "aliases": [] },
    { "code": "SLE", "name": "Sierra Leone", "aliases": ["Republic of Sierra Leone", "Sierra Leone (Republic of)", "Rep. of Sierra Leone", "Sierra Leone (Rep. of)"] },
    { "code": "SLV", "name": "El Salvador", "aliases": ["Republic of El Salvador", "El Salvador (Republic of)", "Rep. of El Salvador", "El Salvador (Rep. of)"] },
    { "code": "SMR", "name": "San Marino", "aliases": ["Republic of San Marino", "San Marino (Republic of)", "Rep. of San Marino", "San Marino (Rep. of)"] },
    { "code": "SOM", "name": "Somalia", "aliases": ["Federal Republic of Somalia", "Somalia (Federal Republic of)", "Federal Rep. of Somalia", "Somalia (Federal Rep. of)"] },
    { "code": "SPM", "name": "Saint Pierre and Miquelon", "aliases": ["St. Pierre and Miquelon"] },
    { "code": "SRB", "name": "Serbia", "aliases": ["Republic of Serbia", "Serbia (Republic of)", "Rep. of Serbia", "Serbia (Rep. of)"] },
    { "code": "SSD", "name": "South Sudan", "aliases": ["Republic of South Sudan", "South Sudan (Republic of)", "Rep. of South Sudan", "South Sudan (Rep. of)"] },
    { "code": "STP", "name": "Sao Tome and Principe", "aliases": ["Democratic Republic of Sao Tome and Principe", "Sao Tome and Principe (Democratic Republic of)", "Dem. Rep. of Sao Tome and Principe", "Sao Tome and Principe (Dem. Rep. of)"] },
    { "code": "SUR", "name": "Suriname", "aliases": ["Republic of Suriname", "Suriname (Republic of)", "Rep. of Suriname", "Suriname (Rep. of)"] },
    { "code": "SVK", "name": "Slovakia", "aliases": ["Slovak Republic", "Slovak Rep."] },
    { "code": "SVN", "name": "Slovenia", "aliases": ["Republic of Slovenia", "Slovenia (Republic of)", "Rep. of Slovenia", "Slovenia (Rep. of)"] },
    { "code": "SWE", "name": "Sweden", "aliases": ["Kingdom of Sweden", "Sweden (Kingdom of)"] },
    { "code": "SWZ", "name": "Eswatini", "aliases": ["Kingdom of Eswatini", "Swaziland", "Swaziland (Kingdom of)", "Kingdom of Swaziland", "Eswatini (Kingdom of)"] },
    { "code": "SXM", "name": "Sint Maarten (Dutch part)", "aliases": ["Sint Maarten"] },
    { "code": "SYC", "name": "Seychelles", "aliases": ["Republic of Seychelles", "Seychelles (Republic of)", "Rep. of Seychelles", "Seychelles (Rep. of)"] },
    { "code": "SYR", "name": "Syrian Arab Republic", "aliases": ["Syria", "Syrian Arab Rep."] },
    { "code": "TCA", "name": "Turks and Caicos Islands", "aliases": ["Turks & Caicos Islands"] },
    { "code": "TCD", "name": "Chad", "aliases": ["Republic of Chad", "Chad (Republic of)", "Rep. of Chad", "Chad (Rep. of)"] },
    { "code": "TGO", "name": "Togo", "aliases": ["Togolese Republic", "Togolese Rep."] },
    { "code": "THA", "name": "Thailand", "aliases": ["Kingdom of Thailand", "Thailand (Kingdom of)"] },
    { "code": "TJK", "name": "Tajikistan", "aliases": ["Republic of Tajikistan", "Tajikistan (Republic of)", "Rep. of Tajikistan", "Tajikistan (Rep. of)"] },
    { "code": "TKL", "name": "Tokelau", "aliases": [] },
    { "code": "TKM", "name": "Turkmenistan", "aliases": [] },
    { "code": "TLS", "name": "Timor-Leste", "aliases": ["Democratic Republic of Timor-Leste", "East Timor", "Timor Leste", "Timor-Leste (Democratic Republic of)", "Dem. Rep. of Timor-Leste", "Timor-Leste (Dem. Rep. of)"] },
    { "code": "TON", "name": "Tonga", "aliases": ["Kingdom of Tonga", "Tonga (Kingdom of)"] },
    { "code": "TTO", "name": "Trinidad and Tobago", "aliases": ["Republic of Trinidad and Tobago", "Trinidad & Tobago", "Trinidad and Tobago (Republic of)", "Rep. of Trinidad and Tobago", "Trinidad and Tobago (Rep. of)"] },
    { "code": "TUN", "name": "Tunisia", "aliases": ["Republic of Tunisia", "Tunisia (Republic of)", "Rep. of Tunisia", "Tunisia (Rep. of)"] },
    { "code": "TUR", "name": "Türkiye", "aliases": ["Republic of Türkiye", "Turkey", "Republic of Turkey", "Türkiye (Republic of)", "Rep. of Türkiye", "Rep. of Turkey", "Türkiye (Rep. of)"] },
    { "code": "TUV", "name": "Tuvalu", "aliases": [] },
    { "code": "TWN", "name": "Taiwan, Province of China", "aliases": ["Taiwan", "Taiwan, China", "Chinese Taipei", "Republic of China (Taiwan)", "Republic of China"] },
    { "code": "TZA", "name": "Tanzania", "aliases": ["Tanzania, United Republic of", "United Republic of Tanzania", "United Rep. of Tanzania", "Tanzania, United Rep. of"] },
    { "code": "UGA", "name": "Uganda", "aliases": ["Republic of Uganda", "Uganda (Republic of)", "Rep. of Uganda", "Uganda (Rep. of)"] },
    { "code": "UKR", "name": "Ukraine", "aliases": [] },
    { "code": "UMI", "name": "United States Minor Outlying Islands", "aliases": ["U.S. Minor Outlying Islands"] },
    { "code": "URY", "name": "Uruguay", "aliases": ["Eastern Republic of Uruguay", "Uruguay (Eastern Republic of)", "Eastern Rep. of Uruguay", "Uruguay (Eastern Rep. of)"] },
    { "code": "USA", "name": "United States", "aliases": ["United States of America", "USA", "US"] },
    { "code": "UZB", "name": "Uzbekistan", "aliases": ["Republic of Uzbekistan", "Uzbekistan (Republic of)", "Rep. of Uzbekistan", "Uzbekistan (Rep. of)"] },
    { "code": "VAT", "name": "Vatican", "aliases": ["Holy See (Vatican City State)", "Holy See", "Vatican City State", "Vatican City"] },
    { "code": "VCT", "name": "Saint Vincent and the Grenadines", "aliases": ["St. Vincent and the Grenadines", "Saint Vincent & the Grenadines", "St. Vincent & the Grenadines"] },
    { "code": "VEN", "name": "Venezuela", "aliases": ["Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela", "Venezuela, RB", "Venezuela, Bolivarian Rep. of", "Bolivarian Rep. of Venezuela"] },
    { "code": "VGB", "name": "Virgin Islands, British", "aliases": ["British Virgin Islands"] },
    { "code": "VIR", "name": "Virgin Islands, U.S.", "aliases": ["Virgin Islands of the United States", "United States Virgin Islands", "US Virgin Islands"] },
    { "code": "VNM", "name": "Viet Nam", "aliases": ["Socialist Republic of Viet Nam", "Vietnam", "Socialist Republic of Vietnam", "Viet Nam (Socialist Republic of)", "Socialist Rep. of Viet Nam", "Socialist Rep. of Vietnam", "Viet Nam (Socialist Rep. of)"] },
    { "code": "VUT", "name": "Vanuatu", "aliases": ["Republic of Vanuatu", "Vanuatu (Republic of)", "Rep. of Vanuatu", "Vanuatu (Rep. of)"] },
    { "code": "WLF", "name": "Wallis and Futuna", "aliases": ["Wallis and Futuna Islands"] },
    { "code": "WSM", "name": "Samoa", "aliases": ["Independent State of Samoa", "Samoa (Independent State of)"] },
    { "code": "XKX", "name": "Kosovo", "aliases": ["Republic of Kosovo", "Kosovo (Republic of)", "Rep. of Kosovo", "Kosovo (Rep. of)"] },
    { "code": "YEM", "name": "Yemen", "aliases": ["Republic of Yemen", "Yemen, Rep.", "Yemen (Republic of)", "Rep. of Yemen", "Yemen (Rep. of)"] },
    { "code": "ZAF", "name": "South Africa", "aliases": ["Republic of South Africa", "South Africa (Republic of)", "Rep. of South Africa", "South Africa (Rep. of)"] },
    { "code": "ZMB", "name": "Zambia", "aliases": ["Republic of Zambia", "Zambia (Republic of)", "Rep. of Zambia", "Zambia (Rep. of)"] },
    { "code": "ZWE", "name": "Zimbabwe", "aliases": ["Republic of Zimbabwe", "Zimbabwe (Republic of)", "Rep. of Zimbabwe", "Zimbabwe (Rep. of)"] }
  ]
}

"""#,
    "cyberwellness-2015.json": #"""
{
  "id": "itu-cyberwellness-2015",
  "version": 2,
  "description": "ITU Cyberwellness Profile template, 2014-2015 issues: 2 groups, 21 indicators, read into the six pillars of the ITU Global Cybersecurity Index.",
  "title": "CYBERWELLNESS PROFILE",
  "backgroundHeading": "BACKGROUND",
  "backgroundAliases": ["BACKROUND"],
  "dateLinePrefix": "Last updated on",
  "endMarkers": ["DISCLAIMER", "More information is available"],
  "footer": [
    "DISCLAIMER: Please refer to <http://www.itu.int/en/Pages/copyright.aspx>",
    "More information is available on ITU website at <http://www.itu.int/en/ITU-D/Cybersecurity/Pages/default.aspx>"
  ],
  "runningHeaders": ["Global Cybersecurity Index & Cyberwellness Profiles"],
  "pillars": [
    { "id": "legal", "title": "Legal" },
    { "id": "technical", "title": "Technical" },
    { "id": "organizational", "title": "Organizational" },
    { "id": "capacity-building", "title": "Capacity building" },
    { "id": "cooperation", "title": "Cooperation" },
    { "id": "child-online-protection", "title": "Child online protection" }
  ],
  "figures": [
    { "id": "population", "label": "Total Population", "unit": "count" },
    { "id": "internet-users", "label": "Internet users, percentage of population", "unit": "percent" }
  ],
  "dataSourcePrefix": "data source:",
  "groups": [
    { "number": "1", "title": "CYBERSECURITY" },
    { "number": "1.1", "title": "LEGAL MEASURES" },
    { "number": "1.2", "title": "TECHNICAL MEASURES" },
    { "number": "1.3", "title": "ORGANIZATION MEASURES", "aliases": ["ORGANIZATIONAL MEASURES"] },
    { "number": "1.4", "title": "CAPACITY BUILDING" },
    { "number": "1.5", "title": "COOPERATION" },
    { "number": "2", "title": "CHILD ONLINE PROTECTION" }
  ],
  "indicators": [
    { "number": "1.1.1", "title": "CRIMINAL LEGISLATION", "pillar": "legal", "list": true },
    { "number": "1.1.2", "title": "REGULATION AND COMPLIANCE", "pillar": "legal", "list": true },
    { "number": "1.2.1", "title": "CIRT", "pillar": "technical", "aliases": ["CERT", "CSIRT", "CIRT/CERT"] },
    { "number": "1.2.2", "title": "STANDARDS", "pillar": "technical" },
    { "number": "1.2.3", "title": "CERTIFICATION", "pillar": "technical" },
    { "number": "1.3.1", "title": "POLICY", "pillar": "organizational" },
    { "number": "1.3.2", "title": "ROADMAP FOR GOVERNANCE", "pillar": "organizational" },
    { "number": "1.3.3", "title": "RESPONSIBLE AGENCY", "pillar": "organizational" },
    { "number": "1.3.4", "title": "NATIONAL BENCHMARKING", "pillar": "organizational" },
    { "number": "1.4.1", "title": "STANDARDISATION DEVELOPMENT", "pillar": "capacity-building", "aliases": ["STANDARDIZATION DEVELOPMENT"] },
    { "number": "1.4.2", "title": "MANPOWER DEVELOPMENT", "pillar": "capacity-building" },
    { "number": "1.4.3", "title": "PROFESSIONAL CERTIFICATION", "pillar": "capacity-building" },
    { "number": "1.4.4", "title": "AGENCY CERTIFICATION", "pillar": "capacity-building" },
    { "number": "1.5.1", "title": "INTRA-STATE COOPERATION", "pillar": "cooperation", "aliases": ["INTRASTATE COOPERATION"] },
    { "number": "1.5.2", "title": "INTRA-AGENCY COOPERATION", "pillar": "cooperation", "aliases": ["INTRAAGENCY COOPERATION"] },
    { "number": "1.5.3", "title": "PUBLIC SECTOR PARTNERSHIP", "pillar": "cooperation", "aliases": ["PUBLIC-PRIVATE PARTNERSHIP"] },
    { "number": "1.5.4", "title": "INTERNATIONAL COOPERATION", "pillar": "cooperation" },
    { "number": "2.1", "title": "NATIONAL LEGISLATION", "pillar": "child-online-protection", "list": true },
    { "number": "2.2", "title": "UN CONVENTION AND PROTOCOL", "pillar": "child-online-protection" },
    { "number": "2.3", "title": "INSTITUTIONAL SUPPORT", "pillar": "child-online-protection" },
    { "number": "2.4", "title": "REPORTING MECHANISM", "pillar": "child-online-protection" }
  ],
  "listLeadIns": ["through the following instruments:", "through the following instrument:"],
  "noneItems": ["none", "nil", "n/a", "not applicable"],
  "statusEvidence": {
    "unknown": [
      "does not have the exact number", "do not have the exact number",
      "does not know the exact number", "exact number is not known", "exact number is not", "exact number of",
      "exact number is not available", "exact figure is not known", "no data available",
      "no data is available", "no available data", "no statistics", "no information about",
      "no information on", "no information regarding", "no information concerning",
      "no information available", "no information is available", "no available information",
      "information is not available", "data is not available", "no figure available",
      "no figures available", "not known", "is unknown", "is not clear", "remains unclear",
      "could not be determined", "cannot be determined", "not been able to determine",
      "not possible to determine", "not been confirmed", "cannot be confirmed",
      "could not be confirmed"
    ],
    "partial": [
      "is presently working on", "presently working on", "currently working on", "is working on",
      "are working on", "working towards", "working toward", "worked to establish",
      "working to establish", "started working", "has started", "have started", "has begun",
      "have begun", "has initiated", "initiated", "will be establishing", "will establish",
      "will be established", "will be adopted", "will be enacted", "will be launched",
      "will be created", "will be set up", "will be developed", "will be operational", "plans to",
      "planning to", "is planning", "are planning", "planned", "is in the process of",
      "in the process of", "in progress", "in the pipeline", "in preparation", "under preparation",
      "under development", "being developed", "being drafted", "being prepared",
      "being considered", "being reviewed", "being set up", "being established", "being finalized",
      "being finalised", "is developing", "are developing", "is drafting", "is preparing",
      "are preparing", "is considering", "are considering", "under way", "underway", "draft*",
      "bill", "bills", "proposed", "under review", "under consideration", "under discussion",
      "pending", "awaiting", "before parliament", "submitted to parliament", "to a limited extent",
      "partially", "to be established", "yet to be", "intends to", "intend to", "aims to",
      "is expected to", "are expected to", "envisaged", "envisages", "forthcoming", "upcoming",
      "not yet operational", "not yet ratified", "not yet adopted", "not yet enacted",
      "not yet approved", "not yet in force", "not yet fully", "but has not yet",
      "but have not yet", "pilot", "pilot phase", "first steps", "initial steps", "early stage",
      "early stages", "has yet to", "have yet to", "working on", "has been working on",
      "have been working on"
    ],
    "negation": [
      "not", "no", "none", "neither", "nor", "never", "cannot", "can't", "lacks", "lack of",
      "absence of", "without", "does not", "do not", "did not", "doesn't", "don't", "didn't",
      "does not have", "do not have", "doesn't have", "does not currently have",
      "does not yet have", "has not", "have not", "hasn't", "haven't", "has no", "have no",
      "had no", "is not", "are not", "was not", "were not", "isn't", "aren't", "there is no",
      "there are no", "there is currently no", "there are currently no", "there is not",
      "there are not", "no longer", "not available", "not exist", "does not exist", "do not exist",
      "no plans to", "no plan to", "no plans", "not plan to", "not planning to", "no intention",
      "not intend to", "no draft", "not been drafted", "has not initiated", "not initiated",
      "not participate", "not take part", "is not a member", "are not legally required",
      "is not legally required", "has never", "have never", "has neither", "has nothing",
      "nothing", "nobody", "no one"
    ],
    "affirmation": [
      "has an officially", "has officially", "has a", "has an", "have a", "has its",
      "has put in place", "has access to", "have access to", "has been enacted",
      "has been established", "has been adopted", "has been approved", "has been set up",
      "has been created", "has been launched", "has been designated", "has been ratified",
      "has been signed", "have been enacted", "have been established", "have been adopted",
      "has enacted", "has established", "has adopted", "has developed", "has acceded",
      "has ratified", "has signed", "has launched", "has created", "has set up", "has implemented",
      "has designated", "have established", "have adopted", "acceded", "ratified", "signed",
      "is a member", "a member of", "members of", "are members", "is member", "is a party",
      "is party to", "are parties", "participates", "participated", "takes part", "took part",
      "undertakes", "undertook", "organizes", "organises", "organized", "organised", "conducts",
      "conducted", "provides", "offers", "hosts", "operates", "collaborates", "cooperates",
      "co-operates", "works with", "works closely", "in partnership", "partnered",
      "is responsible", "are responsible", "responsible for", "in charge of", "tasked with",
      "mandated", "known as", "referred to as", "officially recognized", "officially recognised",
      "officially approved", "certified", "established", "enacted", "adopted", "approved",
      "implemented", "launched", "created", "set up", "in place", "in force", "exists",
      "there is a", "there is an", "there are", "coordinates", "oversees", "handles", "monitors",
      "benefits from", "supports", "is supported", "has", "have", "develops", "develop",
      "developed", "publishes", "publish", "published", "runs", "run", "shares", "share", "receives",
      "receive", "funds", "funded", "holds", "hold", "raises", "brings together", "enables",
      "leads", "led by", "contains", "includes", "include", "measures", "measured", "hosted",
      "obtained", "concluded", "sponsors", "sponsored", "carries out", "carry out", "carried out",
      "benchmarks", "audits", "audited", "maintains", "maintained", "is taught", "are taught",
      "recognizes", "recognises", "notify", "assigns", "certifies", "is accompanied by",
      "promotes", "promote", "trains", "trained", "serves", "serves as", "acts as", "manages",
      "managed", "administers", "deals with", "addresses", "covers", "provide", "handle", "tracks",
      "evaluates", "assesses", "teaches", "educates", "issues", "issued", "sets out", "lays down",
      "defines", "requires", "must", "obliges", "oblige", "obliged", "is required", "are required", "agreements",
      "agreement with", "arrangements", "memorandum of understanding", "can be reported",
      "may be reported", "can report", "reported to", "helpline", "can seek help", "offer",
      "organize", "organise", "conduct", "operate", "work closely", "responsibility for",
      "responsibilities", "in charge", "coordinate", "oversee", "monitor", "supervises",
      "protects", "designated", "appointed", "focal point", "joined", "affiliated",
      "cooperation with", "collaboration with", "exchange", "exchanges", "hotline"
    ],
    "neutral": [
      "no declarations", "no declaration", "no reservations", "no reservation",
      "without reservation*", "without declaration*", "not only", "is not only", "are not only",
      "whether or not", "not limited to", "not-for-profit", "not for profit", "no later than",
      "no less than", "not less than", "no fewer than", "no matter", "no.", "nos.", "act no",
      "law no", "decree no", "order no"
    ],
    "clauseBreaks": [
      "however", "but", "although", "though", "whereas", "while", "nevertheless", "nonetheless",
      "except", "apart from", "instead", "meanwhile", "in addition", "additionally", "furthermore",
      "moreover"
    ]
  },
  "undecidedStatus": "unknown",
  "itemCaptures": [
    { "after": "known as" },
    { "after": "referred to as" },
    { "before": "is the agency responsible" },
    { "before": "are the agencies responsible" },
    { "before": "is the body responsible" },
    { "before": "is the officially recognized agency responsible" },
    { "before": "is responsible for" },
    { "before": "are responsible for" }
  ]
}

"""#,
    "export.schema.json": #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://profileledger.invalid/schema/export.schema.json",
  "title": "ProfileLedger log file, version 1",
  "description": "One line of the file `profiles export` writes and `profiles import` reads: JSON Lines (one compact JSON object per line, UTF-8, each line ending in \\n, keys in the order listed here). Line 1 is a `header`, every later line an `event`, in log order (seq 1, 2, 3, …). A reader ignores keys it does not know; a change that a version 1 reader could not ignore is a new `version`.",
  "oneOf": [{ "$ref": "#/$defs/header" }, { "$ref": "#/$defs/event" }],
  "$defs": {
    "hash": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
    "hashOrNull": { "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$" },
    "header": {
      "type": "object",
      "required": ["format", "version", "events", "head"],
      "additionalProperties": false,
      "properties": {
        "format": { "const": "profileledger-log" },
        "version": { "const": 1 },
        "events": { "description": "How many event lines follow.", "type": "integer", "minimum": 0 },
        "head": { "description": "The last event's hash; 64 zeros for an empty log.", "$ref": "#/$defs/hash" }
      }
    },
    "event": {
      "type": "object",
      "required": [
        "seq", "kind", "country", "stream_version", "effective_date", "recorded_at", "parser_version",
        "catalog", "source_hash", "content_hash", "supersedes", "prev_hash", "hash", "reading", "source"
      ],
      "additionalProperties": false,
      "properties": {
        "seq": { "description": "Place in the log, from 1, without gaps.", "type": "integer", "minimum": 1 },
        "kind": { "enum": ["recorded", "corrected", "withdrawn"] },
        "country": { "description": "ISO 3166-1 alpha-3 code.", "type": "string" },
        "stream_version": { "description": "Place in the country's stream, from 1, without gaps.", "type": "integer", "minimum": 1 },
        "effective_date": { "description": "The document's \"Last updated\" date.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "recorded_at": { "description": "Transaction time, UTC, microseconds.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z$" },
        "parser_version": { "type": "integer" },
        "catalog": { "description": "The indicator catalog's id, e.g. cyberwellness-2015.", "type": "string" },
        "source_hash": { "description": "SHA-256 of the source document's bytes.", "$ref": "#/$defs/hashOrNull" },
        "content_hash": { "description": "SHA-256 of `reading`'s UTF-8 bytes.", "$ref": "#/$defs/hashOrNull" },
        "supersedes": { "description": "The seq of the event a correction or withdrawal replaces.", "type": ["integer", "null"], "minimum": 1 },
        "prev_hash": { "description": "The previous event's `hash`; 64 zeros for seq 1.", "$ref": "#/$defs/hash" },
        "hash": {
          "description": "SHA-256 of the UTF-8 bytes of prev_hash, seq, kind, country, stream_version, effective_date, recorded_at, parser_version, catalog, source_hash, content_hash and supersedes, in that order, as text (integers in decimal, null as the empty string), joined by U+001F; when the event has `supplied`, followed by one more field: its names joined by a comma (`date`, `country,date`).",
          "$ref": "#/$defs/hash"
        },
        "supplied": {
          "description": "The event's values that were supplied when it was recorded (`profiles ingest --date`, `--country`), not read from its document; in name order. Only on such events, between `hash` and `reading`: a log without any is what it was before this key existed. A reader that does not know the key cannot verify such an event's hash, and so refuses it rather than losing it.",
          "type": "array",
          "items": { "enum": ["country", "date"] },
          "minItems": 1,
          "uniqueItems": true
        },
        "reading": {
          "description": "The reading's canonical JSON, exactly as hashed, as a string; null when content_hash is null.",
          "type": ["string", "null"]
        },
        "source": {
          "description": "The source document, on the first event whose source_hash it is; null on later ones and when source_hash is null.",
          "type": ["object", "null"],
          "required": ["size", "base64"],
          "additionalProperties": false,
          "properties": {
            "size": { "description": "The document's length in bytes.", "type": "integer", "minimum": 0 },
            "base64": { "description": "The document's exact bytes, base64 (RFC 4648, padded).", "type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$" }
          }
        }
      }
    }
  }
}

"""#,
    "ledger-v2.sql": #"""
-- ProfileLedger store, schema version 2: what it adds to version 1 (ledger.sql).

-- Events by the exact document they recorded and the reader that read it: a document
-- ingested again, byte for byte, by the same parser version needs no reading to be known
-- unchanged.
CREATE INDEX events_by_source ON events (source_hash, parser_version);

"""#,
    "ledger-v3.sql": #"""
-- ProfileLedger store, schema version 3: what migration v3 adds to a version 2 store
-- (Schema/ledger.sql, Schema/ledger-v2.sql). Like every projection, its rows are a pure function of the events:
-- the migration fills them from the readings already stored, and each append keeps them in
-- its own transaction.

-- Projection: each revision's background figures, so that reports (blame, changelog) read
-- figure values without decompressing and decoding the readings.
CREATE TABLE figure_values (
  seq INTEGER NOT NULL REFERENCES events (seq),
  figure TEXT NOT NULL,  -- catalog figure id, e.g. population
  position INTEGER NOT NULL,  -- the figure's place in the reading, from 0
  value TEXT,  -- plain decimal digits as printed (324000, 31.70); NULL when unreadable
  source_name TEXT,  -- the data source; NULL when the document names none
  source_period TEXT,  -- the period the figure refers to, as printed; may be empty
  PRIMARY KEY (seq, figure)
) WITHOUT ROWID;

"""#,
    "ledger-v4.sql": #"""
-- ProfileLedger store, schema version 4: what migration v4 adds to a version 3 store
-- (Schema/ledger.sql, ledger-v2.sql, ledger-v3.sql).

-- Which of the event's values were supplied by whoever recorded it rather than read from
-- the document: 'date' (a document cut off before its "Last updated" line), 'country' (a
-- name no table knows), or both. NULL for everything read, as every event before v4 was.
-- Part of the event: covered by its hash when present, exported and verified with it.
ALTER TABLE events ADD COLUMN supplied TEXT CHECK (supplied IN ('country', 'date', 'country,date'));

"""#,
    "ledger.sql": #"""
-- ProfileLedger store, schema version 1.
--
-- `events` and `sources` are the source of truth: append-only, and the triggers below make
-- SQLite itself refuse UPDATE and DELETE on them. Every other table is a projection: a pure
-- function of the events, kept in the same transaction as each append and rebuildable.
-- Dates are ISO 8601 text (yyyy-mm-dd for effective dates, UTC timestamps for recorded
-- times), so that text order is time order.

-- Source documents, byte for byte, stored once per content. `zlib` columns hold RFC 1950
-- streams compressed with the preset dictionary Schema/zlib-dictionary.txt (named by its
-- Adler-32 in each stream's header): Python reads one with
-- zlib.decompressobj(zdict=open('zlib-dictionary.txt','rb').read()).decompress(blob).
CREATE TABLE sources (
  hash TEXT PRIMARY KEY NOT NULL,  -- SHA-256 of the document's bytes, lower-case hex
  size INTEGER NOT NULL,  -- the document's length in bytes
  zlib BLOB NOT NULL  -- the document, compressed
);

-- One row per event; `seq` is the global order, `stream_version` the order within a country.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recorded', 'corrected', 'withdrawn')),
  country TEXT NOT NULL,  -- ISO 3166-1 alpha-3
  stream_version INTEGER NOT NULL,
  effective_date TEXT NOT NULL,  -- the document's "Last updated" date
  recorded_at TEXT NOT NULL,  -- transaction time, UTC
  parser_version INTEGER NOT NULL,
  catalog TEXT NOT NULL,
  source_hash TEXT REFERENCES sources (hash),
  content_hash TEXT,  -- SHA-256 of the reading's canonical JSON
  reading_size INTEGER,  -- length of that JSON in bytes
  reading_zlib BLOB,  -- that JSON, zlib-compressed
  supersedes INTEGER REFERENCES events (seq),  -- for corrections and withdrawals
  prev_hash TEXT NOT NULL,  -- `hash` of the previous event; 64 zeros for the first
  hash TEXT NOT NULL UNIQUE,  -- SHA-256 over prev_hash and the event's canonical form
  UNIQUE (country, stream_version)
);

CREATE INDEX events_by_country_date ON events (country, effective_date);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: UPDATE refused');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: DELETE refused');
END;

CREATE TRIGGER sources_refuse_update BEFORE UPDATE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: UPDATE refused');
END;

CREATE TRIGGER sources_refuse_delete BEFORE DELETE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: DELETE refused');
END;

-- Projection: every recorded reading, with what became of it.
CREATE TABLE revisions (
  seq INTEGER PRIMARY KEY NOT NULL REFERENCES events (seq),
  country TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('recorded', 'corrected', 'backfilled')),
  content_hash TEXT NOT NULL,
  superseded_by INTEGER REFERENCES events (seq),  -- the correction that replaced it
  superseded_at TEXT,  -- when that correction was recorded
  present INTEGER NOT NULL,
  partial INTEGER NOT NULL,
  absent INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  missing INTEGER NOT NULL,
  changed INTEGER  -- indicators that differ from the revision in effect before it; NULL for the first
);

CREATE INDEX revisions_by_country_date ON revisions (country, effective_date, seq);

-- Projection: each distinct reading of an indicator, stored once however many revisions
-- repeat it.
CREATE TABLE indicator_texts (
  id INTEGER PRIMARY KEY NOT NULL,
  digest BLOB NOT NULL UNIQUE,  -- first 16 bytes of the SHA-256 of the reading's canonical JSON
  indicator TEXT NOT NULL,  -- catalog number, e.g. 1.2.1
  status TEXT NOT NULL,  -- present, partial, absent, unknown or missing
  items TEXT NOT NULL,  -- JSON array of strings
  text TEXT NOT NULL  -- the section's normalised text
);

-- Projection: which reading each revision gives each indicator.
CREATE TABLE indicator_values (
  seq INTEGER NOT NULL REFERENCES events (seq),
  indicator TEXT NOT NULL,
  text_id INTEGER NOT NULL REFERENCES indicator_texts (id),
  PRIMARY KEY (seq, indicator)
) WITHOUT ROWID;

-- Each revision's reading of each indicator, in full.
CREATE VIEW indicator_readings AS
SELECT v.seq, v.indicator, t.status, t.items, t.text
FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id;

-- Projection: indicators that changed between consecutive revisions in effect of a country.
CREATE TABLE indicator_changes (
  country TEXT NOT NULL,
  from_seq INTEGER NOT NULL REFERENCES events (seq),
  to_seq INTEGER NOT NULL REFERENCES events (seq),
  indicator TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  PRIMARY KEY (to_seq, indicator)
) WITHOUT ROWID;

CREATE INDEX indicator_changes_by_country ON indicator_changes (country, to_seq);

-- Countries with their revisions in effect.
CREATE VIEW countries AS
SELECT
  country,
  count(*) AS revisions,
  min(effective_date) AS first_date,
  max(effective_date) AS latest_date
FROM revisions
WHERE superseded_by IS NULL
GROUP BY country;

"""#,
    "openapi.json": #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "ProfileLedger API",
    "version": "1.0.0",
    "description": "Read-only JSON API of `profiles serve`: the same answers as the commands with `--format json`. Every 200 carries an ETag derived from the log's head; send it back in If-None-Match to get 304 while the store has not changed. Errors are JSON: `{\"error\": {\"status\": 404, \"message\": \"...\"}}`."
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080"
    }
  ],
  "paths": {
    "/api/countries": {
      "get": {
        "summary": "Countries with revisions in effect",
        "operationId": "countries",
        "description": "As `profiles countries --format json`.",
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/CountrySummary"
                  }
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          }
        }
      }
    },
    "/api/countries/{country}/history": {
      "get": {
        "summary": "Every reading recorded for a country",
        "operationId": "history",
        "description": "As `profiles history COUNTRY --format json`: effective-date order, corrections included.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/RevisionSummary"
                  }
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/profile": {
      "get": {
        "summary": "The latest profile",
        "operationId": "profile",
        "description": "As `profiles show COUNTRY --format json`: the canonical reading.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          },
          {
            "$ref": "#/components/parameters/knownAt"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Profile"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/profile/{date}": {
      "get": {
        "summary": "The profile in effect on a date",
        "operationId": "profileAsOf",
        "description": "As `profiles show COUNTRY --as-of DATE [--known-at TIME] --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          },
          {
            "$ref": "#/components/parameters/date"
          },
          {
            "$ref": "#/components/parameters/knownAt"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Profile"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/diff/{from}/{to}": {
      "get": {
        "summary": "What changed between two revisions",
        "operationId": "diff",
        "description": "As `profiles diff COUNTRY FROM TO --format json`: FROM and TO name the revisions in effect on those dates.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Diff"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/blame": {
      "get": {
        "summary": "Which revision introduced each current reading",
        "operationId": "blame",
        "description": "As `profiles blame COUNTRY --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Blame"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/blame/{date}": {
      "get": {
        "summary": "Blame as of a date",
        "operationId": "blameAsOf",
        "description": "As `profiles blame COUNTRY --as-of DATE --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          },
          {
            "$ref": "#/components/parameters/date"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Blame"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/countries/{country}/progress": {
      "get": {
        "summary": "A country's trajectory",
        "operationId": "countryProgress",
        "description": "As `profiles progress COUNTRY --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/country"
          },
          {
            "$ref": "#/components/parameters/since"
          },
          {
            "$ref": "#/components/parameters/until"
          },
          {
            "$ref": "#/components/parameters/pillar"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Progress"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/changelog": {
      "get": {
        "summary": "Every change in a date range",
        "operationId": "changelog",
        "description": "As `profiles changelog --format json` (Schema/changelog.schema.json). Without since and until: the last 90 days up to the latest revision. A range holding more than 1000 revisions is refused with 400.",
        "parameters": [
          {
            "$ref": "#/components/parameters/since"
          },
          {
            "$ref": "#/components/parameters/until"
          },
          {
            "$ref": "#/components/parameters/countries"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "changelog.schema.json"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/progress": {
      "get": {
        "summary": "Countries ranked by progress",
        "operationId": "progress",
        "description": "As `profiles progress --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/since"
          },
          {
            "$ref": "#/components/parameters/until"
          },
          {
            "$ref": "#/components/parameters/countries"
          },
          {
            "$ref": "#/components/parameters/pillar"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Progress"
                }
              }
            }
          },
          "304": {
            "description": "Not modified: If-None-Match named the log's current head."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "country": {
        "name": "country",
        "in": "path",
        "required": true,
        "description": "ISO 3166-1 alpha-3 code, printed name or slug.",
        "schema": {
          "type": "string"
        }
      },
      "date": {
        "name": "date",
        "in": "path",
        "required": true,
        "description": "Effective date, yyyy-mm-dd: the revision in effect on that day.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
      },
      "from": {
        "name": "from",
        "in": "path",
        "required": true,
        "description": "The older revision: the one in effect on this date.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
      },
      "to": {
        "name": "to",
        "in": "path",
        "required": true,
        "description": "The newer revision: the one in effect on this date.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
      },
      "since": {
        "name": "since",
        "in": "query",
        "description": "First effective date, inclusive.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
      },
      "until": {
        "name": "until",
        "in": "query",
        "description": "Last effective date, inclusive.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
      },
      "countries": {
        "name": "country",
        "in": "query",
        "description": "Only this country (repeatable).",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "style": "form",
        "explode": true
      },
      "pillar": {
        "name": "pillar",
        "in": "query",
        "description": "Only this pillar.",
        "schema": {
          "type": "string",
          "enum": [
            "legal",
            "technical",
            "organizational",
            "capacity-building",
            "cooperation",
            "child-online-protection"
          ]
        }
      },
      "knownAt": {
        "name": "known-at",
        "in": "query",
        "description": "Recorded-time cut-off: yyyy-mm-dd or an ISO 8601 UTC time.",
        "schema": {
          "type": "string"
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "The log's head (and the program's templates): unchanged while the store is.",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "A malformed date, a reversed or oversize range, or an unknown parameter value.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "An unknown country, or no revision that answers.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Date": {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
      },
      "DateOrNull": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
      },
      "Status": {
        "enum": [
          "present",
          "partial",
          "absent",
          "unknown",
          "missing"
        ]
      },
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "additionalProperties": false,
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "status",
              "message"
            ],
            "additionalProperties": false,
            "properties": {
              "status": {
                "type": "integer",
                "minimum": 400,
                "maximum": 599
              },
              "message": {
                "type": "string"
              }
            }
          }
        }
      },
      "CountrySummary": {
        "type": "object",
        "required": [
          "code",
          "revisions",
          "firstDate",
          "latestDate"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "revisions": {
            "type": "integer",
            "minimum": 1
          },
          "firstDate": {
            "$ref": "#/components/schemas/Date"
          },
          "latestDate": {
            "$ref": "#/components/schemas/Date"
          }
        }
      },
      "RevisionSummary": {
        "type": "object",
        "required": [
          "seq",
          "effectiveDate",
          "recordedAt",
          "outcome",
          "contentHash",
          "statusCounts"
        ],
        "additionalProperties": false,
        "properties": {
          "seq": {
            "type": "integer",
            "minimum": 1
          },
          "effectiveDate": {
            "$ref": "#/components/schemas/Date"
          },
          "recordedAt": {
            "type": "string"
          },
          "outcome": {
            "enum": [
              "recorded",
              "corrected",
              "backfilled"
            ]
          },
          "contentHash": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          },
          "supersededBy": {
            "type": "integer",
            "description": "The correction that replaced this reading."
          },
          "supersededAt": {
            "type": "string"
          },
          "supplied": {
            "type": "array",
            "description": "The values supplied when the revision was recorded (profiles ingest --date, --country), not read from its document; absent when all were read.",
            "items": {
              "enum": [
                "country",
                "date"
              ]
            },
            "minItems": 1
          },
          "statusCounts": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "present": {
                "type": "integer",
                "minimum": 0
              },
              "partial": {
                "type": "integer",
                "minimum": 0
              },
              "absent": {
                "type": "integer",
                "minimum": 0
              },
              "unknown": {
                "type": "integer",
                "minimum": 0
              },
              "missing": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "changed": {
            "type": "integer",
            "minimum": 0,
            "description": "Indicators that differ from the revision in effect before; absent for the first."
          }
        }
      },
      "RevisionRef": {
        "type": "object",
        "required": [
          "seq",
          "number",
          "effectiveDate",
          "recordedAt",
          "contentHash"
        ],
        "additionalProperties": false,
        "properties": {
          "seq": {
            "type": "integer",
            "minimum": 1
          },
          "number": {
            "type": "integer",
            "minimum": 1
          },
          "effectiveDate": {
            "$ref": "#/components/schemas/Date"
          },
          "recordedAt": {
            "type": "string"
          },
          "contentHash": {
            "type": "string"
          }
        }
      },
      "Source": {
        "type": "object",
        "required": [
          "name",
          "period"
        ],
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string"
          },
          "period": {
            "type": "string"
          }
        }
      },
      "Figure": {
        "type": "object",
        "required": [
          "id"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "string"
          },
          "value": {
            "type": [
              "string",
              "null"
            ]
          },
          "source": {
            "$ref": "#/components/schemas/Source"
          }
        }
      },
      "Indicator": {
        "type": "object",
        "required": [
          "id",
          "status",
          "items",
          "text"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/Status"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "text": {
            "type": "string"
          },
          "evidence": {
            "description": "What the status rests on: the reader's rule, the words of the text that decided it, and why a person should review it (absent when the rules agree). Absent for a missing section and for readings made before the reader kept evidence.",
            "type": "object",
            "required": [
              "rule",
              "words"
            ],
            "additionalProperties": false,
            "properties": {
              "rule": {
                "type": "string"
              },
              "words": {
                "type": "string"
              },
              "review": {
                "type": "string"
              }
            }
          }
        }
      },
      "Profile": {
        "type": "object",
        "required": [
          "catalog",
          "country",
          "lastUpdated",
          "figures",
          "indicators"
        ],
        "additionalProperties": false,
        "properties": {
          "catalog": {
            "type": "string"
          },
          "country": {
            "type": "object",
            "required": [
              "code",
              "name"
            ],
            "additionalProperties": false,
            "properties": {
              "code": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "lastUpdated": {
            "$ref": "#/components/schemas/Date"
          },
          "figures": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Figure"
            }
          },
          "indicators": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Indicator"
            }
          }
        }
      },
      "Diff": {
        "type": "object",
        "required": [
          "version",
          "country",
          "name",
          "from",
          "to",
          "isEmpty",
          "isDateOnly",
          "diff"
        ],
        "additionalProperties": false,
        "properties": {
          "version": {
            "const": 1
          },
          "country": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "from": {
            "$ref": "#/components/schemas/RevisionRef"
          },
          "to": {
            "$ref": "#/components/schemas/RevisionRef"
          },
          "isEmpty": {
            "type": "boolean"
          },
          "isDateOnly": {
            "type": "boolean"
          },
          "diff": {
            "type": "object",
            "required": [
              "from",
              "to",
              "figures",
              "indicators"
            ],
            "description": "The diff engine's ProfileDiff: each indicator change with both readings, its status move, classes, item changes and word runs.",
            "properties": {
              "from": {
                "type": "object"
              },
              "to": {
                "type": "object"
              },
              "figures": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "id"
                  ]
                }
              },
              "indicators": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "id",
                    "classes"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "classes": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "words": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "kind",
                          "text"
                        ],
                        "additionalProperties": false,
                        "properties": {
                          "kind": {
                            "enum": [
                              "equal",
                              "inserted",
                              "deleted"
                            ]
                          },
                          "text": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "BlameLine": {
        "type": "object",
        "required": [
          "id",
          "items",
          "introducedBy",
          "revisions"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/Status"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "value": {
            "type": [
              "string",
              "null"
            ]
          },
          "source": {
            "$ref": "#/components/schemas/Source"
          },
          "introducedBy": {
            "$ref": "#/components/schemas/RevisionRef"
          },
          "revisions": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "Blame": {
        "type": "object",
        "required": [
          "version",
          "country",
          "name",
          "blame"
        ],
        "additionalProperties": false,
        "properties": {
          "version": {
            "const": 1
          },
          "country": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "asOf": {
            "$ref": "#/components/schemas/Date"
          },
          "blame": {
            "type": "object",
            "required": [
              "country",
              "revision",
              "revisionsInEffect",
              "indicators",
              "figures"
            ],
            "additionalProperties": false,
            "properties": {
              "country": {
                "type": "string"
              },
              "revision": {
                "$ref": "#/components/schemas/RevisionRef"
              },
              "revisionsInEffect": {
                "type": "integer",
                "minimum": 1
              },
              "indicators": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/BlameLine"
                }
              },
              "figures": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/BlameLine"
                }
              }
            }
          }
        }
      },
      "ProgressRevision": {
        "type": "object",
        "required": [
          "revision",
          "date"
        ],
        "additionalProperties": false,
        "properties": {
          "revision": {
            "type": "integer",
            "minimum": 1
          },
          "date": {
            "$ref": "#/components/schemas/Date"
          }
        }
      },
      "ProgressPoint": {
        "type": "object",
        "required": [
          "revision",
          "date",
          "scores"
        ],
        "properties": {
          "revision": {
            "type": "integer",
            "minimum": 1
          },
          "date": {
            "$ref": "#/components/schemas/Date"
          },
          "beforeRange": {
            "type": "boolean"
          },
          "scores": {
            "type": "object",
            "description": "Per part (each pillar and overall): score (0 to 1, or null), points, denominator and status counts."
          }
        }
      },
      "ProgressCountry": {
        "type": "object",
        "required": [
          "rank",
          "country",
          "name",
          "inRange",
          "start",
          "end",
          "change",
          "counts",
          "transitions",
          "trajectory",
          "latest"
        ],
        "additionalProperties": false,
        "properties": {
          "rank": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "country": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "inRange": {
            "type": "boolean"
          },
          "start": {
            "$ref": "#/components/schemas/ProgressPoint"
          },
          "end": {
            "$ref": "#/components/schemas/ProgressPoint"
          },
          "change": {
            "type": "object",
            "description": "Per part: the change in score from start to end, or null."
          },
          "counts": {
            "type": "object",
            "required": [
              "established",
              "advanced",
              "regressed"
            ],
            "additionalProperties": false,
            "properties": {
              "established": {
                "type": "integer",
                "minimum": 0
              },
              "advanced": {
                "type": "integer",
                "minimum": 0
              },
              "regressed": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "transitions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "revision",
                "date",
                "previousRevision",
                "previousDate",
                "indicator",
                "title",
                "pillar",
                "from",
                "to",
                "class"
              ],
              "additionalProperties": false,
              "properties": {
                "revision": {
                  "type": "integer"
                },
                "date": {
                  "$ref": "#/components/schemas/Date"
                },
                "previousRevision": {
                  "type": "integer"
                },
                "previousDate": {
                  "$ref": "#/components/schemas/Date"
                },
                "indicator": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "pillar": {
                  "type": "string"
                },
                "from": {
                  "$ref": "#/components/schemas/Status"
                },
                "to": {
                  "$ref": "#/components/schemas/Status"
                },
                "class": {
                  "type": "string"
                }
              }
            }
          },
          "trajectory": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/ProgressPoint"
            }
          },
          "latest": {
            "$ref": "#/components/schemas/ProgressRevision"
          }
        }
      },
      "Progress": {
        "type": "object",
        "required": [
          "version",
          "since",
          "until",
          "pillar",
          "rankedBy",
          "method",
          "countries",
          "withoutRevision"
        ],
        "additionalProperties": false,
        "properties": {
          "version": {
            "const": 1
          },
          "since": {
            "$ref": "#/components/schemas/DateOrNull"
          },
          "until": {
            "$ref": "#/components/schemas/DateOrNull"
          },
          "pillar": {
            "type": [
              "string",
              "null"
            ]
          },
          "rankedBy": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "countries": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProgressCountry"
            }
          },
          "withoutRevision": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "country",
                "name",
                "latest"
              ],
              "additionalProperties": false,
              "properties": {
                "country": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "latest": {
                  "$ref": "#/components/schemas/ProgressRevision"
                }
              }
            }
          }
        }
      }
    }
  }
}

"""#,
    "zlib-dictionary.txt": #"""
ProfileLedger zlib preset dictionary 1. Stored documents and readings are zlib streams
compressed with this file as preset dictionary (its Adler-32 is in each stream's header).
It must never change: a new dictionary is a new file. Contents: the Belize profile of
2 March 2015 and its canonical reading, the most common text in the store.




CYBERWELLNESS PROFILE

BELIZE



BACKGROUND

Total Population: 324 000

(data source: [United Nations Statistics Division](#), December 2012)

Internet users, percentage of population: 31.70%

(data source: [ITU Statistics](#), December 2013)

1. CYBERSECURITY

1.1 LEGAL MEASURES

1.1.1 CRIMINAL LEGISLATION

Specific legislation on cybercrime has been enacted through the following instruments:

-None.

1.1.2 REGULATION AND COMPLIANCE

Specific legislation and regulation related to cybersecurity has been enacted through the following instruments:

- Electronic Transactions Act - Electronic Evidence Act.

1.2 TECHNICAL MEASURES

1.2.1 CIRT

Belize does not have an officially recognized national CIRT.

1.2.2 STANDARDS

Belize does not have an officially approved national or sector specific cybersecurity framework for implementing internationally recognized cybersecurity standards.

1.2.3 CERTIFICATION

There is no cybersecurity framework for the certification and accreditation of national agencies and public sector professionals.

1.3 ORGANIZATION MEASURES

1.3.1 POLICY

The Ministry of National Security – specifically the focal point for [CICTE-OAS](#) is presently working on establishing an ICT Steering Committee within the Ministry, with the dual aims of developing a national cybersecurity strategy and reviewing and strengthening the legislative framework regarding cybercrime.

1.3.2 ROADMAP FOR GOVERNANCE

There is no national governance roadmap for cybersecurity in Belize.

1.3.3 RESPONSIBLE AGENCY

The Ministry of National Security and the Belize Police Department (BPD) are the agencies responsible for cybersecurity in Belize.

1.3.4 NATIONAL BENCHMARKING

There is no benchmarking or referential to measure cybersecurity development in Belize.

1.4 CAPACITY BUILDING

1.4.1 STANDARDISATION DEVELOPMENT

There is no national or sector-specific research and development program or project for cybersecurity standards, best practices and guidelines in Belize.

1.4.2 MANPOWER DEVELOPMENT

The BPD's IT Unit undertakes an annual countrywide "ICT Road Show" to promote increased awareness of internet and cybersecurity-related issues among the general public.

1.4.3 PROFESSIONAL CERTIFICATION

Belize does not have the exact number of public sector professionals certified under internationally recognized certification programs in cybersecurity.

1.4.4 AGENCY CERTIFICATION

Belize does not have any government and public sector agencies certified under internationally recognized standards in cybersecurity.

1.5 COOPERATION

1.5.1 INTRA-STATE COOPERATION

There is no framework for sharing of cybersecurity assets across borders or with other nation states.

1.5.2 INTRA-AGENCY COOPERATION

Belize does not have an officially recognized national or sector-specific program for sharing cybersecurity assets within the public sector.

1.5.3 PUBLIC SECTOR PARTNERSHIP

Private sector institutions are not legally required to report cyber incidents to national authorities; the BPD has worked to establish cooperative relationships with many private sector entities, and has provided support and assistance when it has been requested.

1.5.4 INTERNATIONAL COOPERATION

Belize is a member of the [ITU-IMPACT](#) initiative and has access to relevant cybersecurity services. Belize participates in the [CICTE-OAS](#).

2. CHILD ONLINE PROTECTION

2.1 NATIONAL LEGISLATION

Specific legislation on child online protection has been enacted through the following instruments:
-None.

2.2 UN CONVENTION AND PROTOCOL

Belize has acceded, with no declarations or reservations to articles 16, 17(e) and 34(c), to the [Convention on the Rights of the Child](#).

Belize has acceded, with no declarations or reservations to articles 2 and 3, to the [Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography](#).

2.3 INSTITUTIONAL SUPPORT

There is no agency that is responsible for child online protection in Belize.

2.4 REPORTING MECHANISM

There is no website or hotline to report incidents in Belize.

DISCLAIMER: Please refer to <http://www.itu.int/en/Pages/copyright.aspx>

More information is available on ITU website at <http://www.itu.int/en/ITU-D/Cybersecurity/Pages/default.aspx>

Last updated on 2 March 2015
{"catalog":"itu-cyberwellness-2015","country":{"code":"BLZ","name":"BELIZE"},"figures":[{"id":"population","source":{"name":"United Nations Statistics Division","period":"December 2012"},"value":"324000"},{"id":"internet-users","source":{"name":"ITU Statistics","period":"December 2013"},"value":"31.70"}],"indicators":[{"id":"1.1.1","items":[],"status":"absent","text":"Specific legislation on cybercrime has been enacted through the following instruments:\n- None"},{"id":"1.1.2","items":["Electronic Transactions Act","Electronic Evidence Act"],"status":"present","text":"Specific legislation and regulation related to cybersecurity has been enacted through the following instruments:\n- Electronic Transactions Act\n- Electronic Evidence Act"},{"id":"1.2.1","items":[],"status":"absent","text":"Belize does not have an officially recognized national CIRT."},{"id":"1.2.2","items":[],"status":"absent","text":"Belize does not have an officially approved national or sector specific cybersecurity framework for implementing internationally recognized cybersecurity standards."},{"id":"1.2.3","items":[],"status":"absent","text":"There is no cybersecurity framework for the certification and accreditation of national agencies and public sector professionals."},{"id":"1.3.1","items":["CICTE-OAS"],"status":"partial","text":"The Ministry of National Security – specifically the focal point for CICTE-OAS is presently working on establishing an ICT Steering Committee within the Ministry, with the dual aims of developing a national cybersecurity strategy and reviewing and strengthening the legislative framework regarding cybercrime."},{"id":"1.3.2","items":[],"status":"absent","text":"There is no national governance roadmap for cybersecurity in Belize."},{"id":"1.3.3","items":["Ministry of National Security","Belize Police Department (BPD)"],"status":"present","text":"The Ministry of National Security and the Belize Police Department (BPD) are the agencies responsible for cybersecurity in Belize."},{"id":"1.3.4","items":[],"status":"absent","text":"There is no benchmarking or referential to measure cybersecurity development in Belize."},{"id":"1.4.1","items":[],"status":"absent","text":"There is no national or sector-specific research and development program or project for cybersecurity standards, best practices and guidelines in Belize."},{"id":"1.4.2","items":[],"status":"present","text":"The BPD's IT Unit undertakes an annual countrywide \"ICT Road Show\" to promote increased awareness of internet and cybersecurity-related issues among the general public."},{"id":"1.4.3","items":[],"status":"unknown","text":"Belize does not have the exact number of public sector professionals certified under internationally recognized certification programs in cybersecurity."},{"id":"1.4.4","items":[],"status":"absent","text":"Belize does not have any government and public sector agencies certified under internationally recognized standards in cybersecurity."},{"id":"1.5.1","items":[],"status":"absent","text":"There is no framework for sharing of cybersecurity assets across borders or with other nation states."},{"id":"1.5.2","items":[],"status":"absent","text":"Belize does not have an officially recognized national or sector-specific program for sharing cybersecurity assets within the public sector."},{"id":"1.5.3","items":[],"status":"partial","text":"Private sector institutions are not legally required to report cyber incidents to national authorities; the BPD has worked to establish cooperative relationships with many private sector entities, and has provided support and assistance when it has been requested."},{"id":"1.5.4","items":["ITU-IMPACT","CICTE-OAS"],"status":"present","text":"Belize is a member of the ITU-IMPACT initiative and has access to relevant cybersecurity services. Belize participates in the CICTE-OAS."},{"id":"2.1","items":[],"status":"absent","text":"Specific legislation on child online protection has been enacted through the following instruments:\n- None"},{"id":"2.2","items":["Convention on the Rights of the Child","Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography"],"status":"present","text":"Belize has acceded, with no declarations or reservations to articles 16, 17(e) and 34(c), to the Convention on the Rights of the Child.\nBelize has acceded, with no declarations or reservations to articles 2 and 3, to the Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography."},{"id":"2.3","items":[],"status":"absent","text":"There is no agency that is responsible for child online protection in Belize."},{"id":"2.4","items":[],"status":"absent","text":"There is no website or hotline to report incidents in Belize."}],"lastUpdated":"2015-03-02"}

"""#,
  ]
}
