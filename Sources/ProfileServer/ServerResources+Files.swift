// swift-format-ignore-file
// Generated from Schema/ by `swift run embed-resources`. Do not edit: change the files
// there and run it again.

extension ServerResources {
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
        },
        "review": {
          "description": "Only where a person's review stands on the revision's reading of the indicator: `status.after` and `items` are then the reviewed ones; who reviewed, why, by which event, and what the reader had read.",
          "type": "object",
          "required": ["event", "reviewer", "note", "recordedAt", "machineStatus"],
          "additionalProperties": false,
          "properties": {
            "event": { "type": "integer", "minimum": 1 },
            "reviewer": { "type": "string" },
            "note": { "type": "string" },
            "recordedAt": { "type": "string" },
            "machineStatus": { "$ref": "#/$defs/status" }
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
    "openapi.json": #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "ProfileLedger API",
    "version": "1.0.0",
    "description": "Read-only JSON API of `profiles serve`: the same answers as the commands with `--format json`. Every 200 carries an ETag derived from the log's head; send it back in If-None-Match to get 304 while the store has not changed. Errors are JSON: `{\"error\": {\"status\": 404, \"message\": \"...\"}}`. Every path takes GET and HEAD only: another method is answered 405, with the methods the path takes in `Allow`."
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
        "description": "As `profiles show COUNTRY --format json`: the canonical reading. Where a review stands on an indicator (as known at `known-at`: a review recorded later is not applied), `status` and `items` are the reviewed ones and `review` says who reviewed, when, why, and what the reader read; a profile no review stands on is the canonical reading, byte for byte.",
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
        "description": "As `profiles show COUNTRY --as-of DATE [--known-at TIME] --format json`. Where a review stands on an indicator (as known at `known-at`: a review recorded later is not applied), `status` and `items` are the reviewed ones and `review` says who reviewed, when, why, and what the reader read; a profile no review stands on is the canonical reading, byte for byte.",
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
        "description": "As `profiles changelog --format json`, whose JSON Schema is served at `/changelog.schema.json` (Schema/changelog.schema.json). Without since and until: the last 90 days up to the latest revision. A range holding more than 1000 revisions is refused with 400.",
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
                  "$ref": "/changelog.schema.json"
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
    },
    "/api/reviews": {
      "get": {
        "summary": "The review queue",
        "operationId": "reviews",
        "description": "As `profiles review --pending [--country C] [--warnings] --format json`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/countries"
          },
          {
            "name": "warnings",
            "in": "query",
            "description": "`1` or `true` to list the reader's warnings of each revision in effect too, its source read again; `0` or `false` (the default) not to.",
            "schema": {
              "type": "string",
              "enum": [
                "1",
                "true",
                "0",
                "false"
              ]
            }
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
                  "$ref": "#/components/schemas/ReviewQueue"
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
        "example": "BLZ",
        "description": "ISO 3166-1 alpha-3 code, printed name or slug.",
        "schema": {
          "type": "string"
        }
      },
      "date": {
        "name": "date",
        "in": "path",
        "required": true,
        "example": "2015-09-14",
        "description": "Effective date: the revision in effect on that day. A day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31.",
        "schema": {
          "$ref": "#/components/schemas/Date"
        }
      },
      "from": {
        "name": "from",
        "in": "path",
        "required": true,
        "example": "2015-03-02",
        "description": "The older revision: the one in effect on this date. A day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31.",
        "schema": {
          "$ref": "#/components/schemas/Date"
        }
      },
      "to": {
        "name": "to",
        "in": "path",
        "required": true,
        "example": "2016-06-01",
        "description": "The newer revision: the one in effect on this date. A day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31; not before `from`.",
        "schema": {
          "$ref": "#/components/schemas/Date"
        }
      },
      "since": {
        "name": "since",
        "in": "query",
        "description": "First effective date, inclusive: a day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31.",
        "schema": {
          "$ref": "#/components/schemas/Date"
        }
      },
      "until": {
        "name": "until",
        "in": "query",
        "description": "Last effective date, inclusive: a day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31; not before `since`.",
        "schema": {
          "$ref": "#/components/schemas/Date"
        }
      },
      "countries": {
        "name": "country",
        "in": "query",
        "description": "Only this country (repeatable): an ISO 3166-1 alpha-3 code, a printed name or a slug.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
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
        "description": "Recorded-time cut-off: a day that exists, yyyy-mm-dd (the end of that day, UTC); a UTC time yyyy-mm-ddThh:mm:ssZ with up to six decimals of a second (2025-06-15T16:00:00Z, 2025-06-15T16:00:00.5Z); or an event number, 1 or more (the store just after that event).",
        "schema": {
          "type": "string",
          "pattern": "^(?:0*[1-9][0-9]{0,17}|(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,6})?Z)?)$"
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
        "description": "A malformed date, a reversed or oversize range, a parameter value outside those the parameter takes, a parameter given empty, or one that takes one value given more than once.",
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
        "description": "A day that exists, yyyy-mm-dd, from 0001-01-01 to 9999-12-31: the pattern admits exactly the days of the (proleptic) Gregorian calendar.",
        "type": "string",
        "format": "date",
        "pattern": "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$"
      },
      "DateOrNull": {
        "type": [
          "string",
          "null"
        ],
        "format": "date",
        "pattern": "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$"
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
          "extractor": {
            "type": "string",
            "description": "For a revision read from a PDF: what extracted the text that was read (name, version, arguments, e.g. pdftotext 22.12.0 -layout -enc UTF-8); absent for a document read as it is."
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
          },
          "reviewed": {
            "type": "integer",
            "minimum": 1,
            "description": "How many of its indicators a review stands on (`statusCounts` counts their reviewed statuses); absent when none does."
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
          },
          "review": {
            "$ref": "#/components/schemas/FigureReview"
          }
        }
      },
      "FigureReview": {
        "description": "The review standing on a figure's value (`profiles review … FIGURE --value V`): the event that recorded it, who and why, and the value the reader read, which stays on record. Present only where a review stands; `value` is then the reviewed one.",
        "type": "object",
        "required": [
          "reviewer",
          "note",
          "recordedAt",
          "event",
          "revision",
          "action",
          "machineValue"
        ],
        "additionalProperties": false,
        "properties": {
          "reviewer": {
            "type": "string"
          },
          "note": {
            "type": "string",
            "description": "Why: what the document says."
          },
          "recordedAt": {
            "type": "string",
            "description": "When the review was recorded (UTC, ISO 8601)."
          },
          "event": {
            "type": "integer",
            "description": "The review's event."
          },
          "revision": {
            "type": "integer",
            "description": "The event of the revision reviewed: this one, or one that gives the figure the same value and source (or that this one corrected)."
          },
          "action": {
            "enum": [
              "set",
              "confirm"
            ]
          },
          "machineValue": {
            "type": [
              "string",
              "null"
            ],
            "description": "The value the reader read (plain digits; null when unreadable)."
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
            "$ref": "#/components/schemas/Status",
            "description": "The reader's status, or the reviewed one where a review stands (the reader's is then `review.machineStatus`)."
          },
          "items": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The reader's items, or the reviewed ones where a review stands (the reader's are then `review.machineItems`)."
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
          },
          "review": {
            "$ref": "#/components/schemas/IndicatorReview"
          }
        }
      },
      "IndicatorReview": {
        "description": "The review standing on an indicator's reading (`profiles review`): the event that recorded it, who and why, and the reading the reader made, which stays on record. Present only where a review stands.",
        "type": "object",
        "required": [
          "reviewer",
          "note",
          "recordedAt",
          "event",
          "revision",
          "action",
          "machineStatus",
          "machineItems"
        ],
        "additionalProperties": false,
        "properties": {
          "reviewer": {
            "type": "string"
          },
          "note": {
            "type": "string",
            "description": "Why: what the document says."
          },
          "recordedAt": {
            "type": "string",
            "description": "When the review was recorded (UTC, ISO 8601)."
          },
          "event": {
            "type": "integer",
            "minimum": 1,
            "description": "The review's event in the log."
          },
          "revision": {
            "type": "integer",
            "minimum": 1,
            "description": "The event of the revision reviewed: this revision's, or that of one that reads the indicator the same, or of the reading this revision corrected."
          },
          "action": {
            "enum": [
              "set",
              "confirm"
            ],
            "description": "`set`: the reviewer gave the status (and items); `confirm`: the reader's reading confirmed."
          },
          "machineStatus": {
            "$ref": "#/components/schemas/Status",
            "description": "The status the reader gave."
          },
          "machineItems": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The items the reader found."
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
                },
                "review": {
                  "description": "Only on a move into a reading a person's review stands on: `to` is then the reviewed status. Who reviewed, why, by which event, and the status the reader read.",
                  "type": "object",
                  "required": [
                    "event",
                    "reviewer",
                    "note",
                    "recordedAt",
                    "machineStatus"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "event": {
                      "type": "integer"
                    },
                    "reviewer": {
                      "type": "string"
                    },
                    "note": {
                      "type": "string"
                    },
                    "recordedAt": {
                      "type": "string"
                    },
                    "machineStatus": {
                      "$ref": "#/components/schemas/Status"
                    }
                  }
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
      },
      "ReviewQueue": {
        "description": "What a reviewer should look at, oldest first (`profiles review --pending --format json`): the readings the reader marked for review, and the statuses that moved between two consecutive revisions while the text barely changed. A reading a review stands on is not listed.",
        "type": "object",
        "required": [
          "version",
          "entries"
        ],
        "additionalProperties": false,
        "properties": {
          "version": {
            "const": 1
          },
          "entries": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReviewQueueEntry"
            }
          }
        }
      },
      "ReviewQueueEntry": {
        "type": "object",
        "required": [
          "country",
          "effective_date",
          "revision",
          "seq",
          "indicator",
          "status",
          "reason"
        ],
        "additionalProperties": false,
        "properties": {
          "country": {
            "type": "string"
          },
          "effective_date": {
            "$ref": "#/components/schemas/Date"
          },
          "revision": {
            "type": "integer",
            "minimum": 1,
            "description": "The revision's number among the country's revisions in effect."
          },
          "seq": {
            "type": "integer",
            "minimum": 1,
            "description": "The revision's event."
          },
          "indicator": {
            "type": "string"
          },
          "status": {
            "enum": [
              "present",
              "partial",
              "absent",
              "unknown",
              "missing",
              null
            ],
            "description": "The reader's status; null for a warning."
          },
          "reason": {
            "enum": [
              "marked",
              "moved",
              "warning"
            ]
          },
          "why": {
            "type": "string",
            "description": "With `marked`: the reader's reason; with `warning`: the warning."
          },
          "line": {
            "type": [
              "integer",
              "null"
            ],
            "description": "With `warning`: the line of the source it names, if any."
          },
          "from": {
            "$ref": "#/components/schemas/Status",
            "description": "With `moved`: the status in the revision before."
          },
          "previous_date": {
            "$ref": "#/components/schemas/Date",
            "description": "With `moved`: the revision before."
          },
          "similarity": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "With `moved`: how alike the two texts are (the Jaccard index of their words)."
          }
        }
      }
    }
  }
}

"""#,
  ]
}
