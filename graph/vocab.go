package graph

import (
	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
)

// The graph vocabulary: predicate IRIs of the stored quads. Relation
// predicates are SCHEMA.md's names; the others carry entity and document
// attributes. Exporters and the web view use these constants.
const (
	// Relations (SCHEMA.md), subject -> object.
	PredAttended    = quad.IRI(extract.PredAttended)    // Organization/Country/Person -> Meeting
	PredPresidedBy  = quad.IRI(extract.PredPresidedBy)  // Meeting -> Country
	PredChairedBy   = quad.IRI(extract.PredChairedBy)   // Meeting -> Person
	PredHeldBy      = quad.IRI(extract.PredHeldBy)      // Meeting -> Organization
	PredDescribes   = quad.IRI(extract.PredDescribes)   // Document -> Meeting
	PredReferences  = quad.IRI(extract.PredReferences)  // Document -> Meeting
	PredCites       = quad.IRI(extract.PredCites)       // Document -> Document
	PredProposedAt  = quad.IRI(extract.PredProposedAt)  // Proposal -> Meeting
	PredRepresents  = quad.IRI(extract.PredRepresents)  // Person -> Country/Organization
	PredSentBy      = quad.IRI(extract.PredSentBy)      // Document -> Person/Organization/Country
	PredAddressedTo = quad.IRI(extract.PredAddressedTo) // Document -> Person/Organization/Country
	PredSubject     = quad.IRI(extract.PredSubject)     // Document -> Subject
	PredMentions    = quad.IRI(extract.PredMentions)    // Document -> any entity

	// Attributes of entities.
	PredType    = quad.IRI("type")    // "Organization", "Meeting", ..., "Document": a plain string
	PredName    = quad.IRI("name")    // a language-tagged string; one per distinct name and language
	PredDate    = quad.IRI("date")    // Meeting, Document: "YYYY-MM-DD" or "YYYY-MM"
	PredEndDate = quad.IRI("endDate") // Meeting: last day of a range
	PredTopic   = quad.IRI("topic")   // Meeting: language-tagged string
	PredNumber  = quad.IRI("number")  // Meeting: meeting number, a string
	PredOrgan   = quad.IRI("organ")   // Meeting -> the organ (org:UNSC)
	PredRole    = quad.IRI("role")    // Person: language-tagged string
	PredCountry = quad.IRI("country") // Person -> Country

	// Attributes of an input document, each labelled with the document itself.
	PredPath         = quad.IRI("path")
	PredLang         = quad.IRI("lang")
	PredDocType      = quad.IRI("docType")
	PredSymbol       = quad.IRI("symbol")
	PredSHA256       = quad.IRI("sha256")
	PredTitle        = quad.IRI("title")
	PredOriginalLang = quad.IRI("originalLang")
)

// TypeDocument is the <type> of an input document.
const TypeDocument = extract.TypeDocument
