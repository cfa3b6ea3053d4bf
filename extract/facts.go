package extract

// Facts is what extraction finds in one input document: the contract of
// SCHEMA.md, printed by `unkg extract` and stored by `unkg ingest`.
type Facts struct {
	Doc       Doc        `json:"doc"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Doc describes the input document itself.
type Doc struct {
	ID           string   `json:"id"`   // doc:SYMBOL, or doc:sha256:HEX16 when no symbol is printed
	Path         string   `json:"path"` // as given on the command line; "-" for standard input
	Lang         string   `json:"lang"` // ar zh en fr ru es
	Type         string   `json:"type"` // letter, summary, ... other
	Date         string   `json:"date"` // ISO date (YYYY-MM-DD or YYYY-MM), "" when unknown
	Symbol       string   `json:"symbol"`
	OriginalLang string   `json:"original_lang"`
	Subjects     []string `json:"subjects"`
	Title        string   `json:"title"`
	SHA256       string   `json:"sha256"` // hex digest of the input bytes: a changed file has a new digest
	Size         int      `json:"size"`   // input bytes
}

// Entity types.
const (
	TypeOrganization = "Organization"
	TypeCountry      = "Country"
	TypePerson       = "Person"
	TypeMeeting      = "Meeting"
	TypeDocument     = "Document"
	TypeProposal     = "Proposal"
	TypeSubject      = "Subject"
)

// Entity is one real thing the document names, with every place it names it.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Organ    string    `json:"organ,omitempty"`    // Meeting: org:UNSC
	Date     string    `json:"date,omitempty"`     // Meeting: first day; Document: date where stated
	EndDate  string    `json:"end_date,omitempty"` // Meeting: last day of a range
	Topic    string    `json:"topic,omitempty"`    // Meeting: the quoted title, as written
	Number   string    `json:"number,omitempty"`   // Meeting: meeting number (4739)
	Role     string    `json:"role,omitempty"`     // Person: role as written
	Country  string    `json:"country,omitempty"`  // Person: country:ISO3
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the input that names an entity.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets into the ORIGINAL input
	End   int    `json:"end"`
	Page  int    `json:"page,omitempty"` // PDF: the 1-based page of Start
	Rule  string `json:"rule"`
}

// Relation is one fact: subject predicate object, with its evidence.
type Relation struct {
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"`
	Object    string   `json:"object"`
	Role      string   `json:"role,omitempty"`
	Evidence  Evidence `json:"evidence"`
}

// Evidence says where in the input a relation is stated and which rule found it.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Page  int    `json:"page,omitempty"` // PDF: the 1-based page of Start
	Rule  string `json:"rule"`
	Text  string `json:"text,omitempty"` // the evidence text, with --explain
}

// Predicates (SCHEMA.md).
const (
	PredAttended    = "attended"
	PredPresidedBy  = "presidedBy"
	PredChairedBy   = "chairedBy"
	PredHeldBy      = "heldBy"
	PredDescribes   = "describes"
	PredReferences  = "references"
	PredCites       = "cites"
	PredProposedAt  = "proposedAt"
	PredRepresents  = "represents"
	PredSentBy      = "sentBy"
	PredAddressedTo = "addressedTo"
	PredSubject     = "subject"
	PredMentions    = "mentions"
)
