// Package synth makes a synthetic corpus of realistic Facts for benchmarks
// and crash tests: documents in the six UN languages that describe,
// reference and cite a shared pool of meetings and documents, attended by a
// shared pool of organizations, countries and persons with skewed
// popularity (a few regional organizations appear in many documents).
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/rules"
)

// Config sizes a corpus. Zero fields take defaults.
type Config struct {
	Docs     int    // number of documents (default 10,000)
	Seed     uint64 // random seed; the same seed makes the same corpus
	Meetings int    // distinct meetings (default Docs/4)
	Persons  int    // distinct persons (default Docs/5)
	Dir      string // path prefix of the documents (default "synth")
}

func (c *Config) defaults() {
	if c.Docs <= 0 {
		c.Docs = 10000
	}
	if c.Meetings <= 0 {
		c.Meetings = max(c.Docs/4, 10)
	}
	if c.Persons <= 0 {
		c.Persons = max(c.Docs/5, 10)
	}
	if c.Dir == "" {
		c.Dir = "synth"
	}
}

var langs = rules.Languages

var orgs = []string{"AU", "EU", "OAS", "LAS", "OSCE", "ECOWAS", "SADC", "ICGLR", "CELAC", "UNASUR", "MERCOSUR",
	"IGAD", "ECCAS", "ASEAN", "NATO", "OIC", "CIS", "CSTO", "CARICOM", "PIF", "SICA", "UNGA", "ECOSOC", "PBC", "UNSG"}

var docTypes = []string{"letter", "summary", "concept-note", "draft-resolution", "resolution",
	"presidential-statement", "meeting-record", "press-release", "report"}

var roles = []string{"Permanent Representative", "Minister for Foreign Affairs", "Special Envoy", "Chairperson", "Ambassador"}

// Corpus generates documents on demand; Doc(i) is deterministic.
type Corpus struct {
	cfg Config
}

// New returns a corpus of cfg.Docs documents.
func New(cfg Config) *Corpus {
	cfg.defaults()
	return &Corpus{cfg: cfg}
}

// Len is the number of documents.
func (c *Corpus) Len() int { return c.cfg.Docs }

// MeetingID is the id of meeting i (0 <= i < Meetings).
func (c *Corpus) MeetingID(i int) string {
	y := 1995 + i%20
	d := i / 20
	return fmt.Sprintf("meeting:UNSC:%04d-%02d-%02d", y, 1+d/28%12, 1+d%28)
}

// MeetingDate is the date of meeting i.
func (c *Corpus) MeetingDate(i int) string { return c.MeetingID(i)[len("meeting:UNSC:"):] }

// Meetings is the number of distinct meetings.
func (c *Corpus) Meetings() int { return c.cfg.Meetings }

// DocID is the id of document i: a symbol for most, a digest for letters.
func (c *Corpus) DocID(i int) string {
	if i%3 == 0 {
		return fmt.Sprintf("doc:sha256:%016x", uint64(i)*0x9E3779B97F4A7C15)
	}
	return fmt.Sprintf("doc:S/%d/%d", 1995+i%20, i)
}

// OrgID is the id of organization i.
func OrgID(i int) string { return "org:" + orgs[i%len(orgs)] }

// Orgs is the number of distinct organizations.
func Orgs() int { return len(orgs) }

// skewed picks in [0,n) with a strong bias toward small numbers.
func skewed(r *rand.Rand, n int) int {
	x := r.Float64()
	return int(x * x * x * float64(n))
}

// Doc returns document i.
func (c *Corpus) Doc(i int) *extract.Facts {
	r := rand.New(rand.NewPCG(c.cfg.Seed, uint64(i)))
	lang := langs[i%len(langs)]
	id := c.DocID(i)
	f := &extract.Facts{Doc: extract.Doc{
		ID:           id,
		Path:         fmt.Sprintf("%s/%05d_%s.txt", c.cfg.Dir, i, lang),
		Lang:         lang,
		Type:         docTypes[r.IntN(len(docTypes))],
		Date:         fmt.Sprintf("%04d-%02d-%02d", 1995+r.IntN(20), 1+r.IntN(12), 1+r.IntN(28)),
		OriginalLang: "en",
		Subjects:     []string{"INTERNATIONAL SECURITY"},
		Title:        fmt.Sprintf("Document %d on cooperation between the United Nations and regional organizations (%s)", i, lang),
		SHA256:       fmt.Sprintf("%064x", uint64(i)*0x9E3779B97F4A7C15+c.cfg.Seed),
		Size:         4000 + r.IntN(40000),
	}}
	if id[4:10] != "sha256" {
		f.Doc.Symbol = id[4:]
	}
	pos := 100
	mention := func(text, rule string) []extract.Mention {
		pos += 37
		return []extract.Mention{{Text: text, Start: pos, End: pos + len(text), Rule: rule}}
	}
	relate := func(s, p, o string) {
		pos += 53
		f.Relations = append(f.Relations, extract.Relation{Subject: s, Predicate: p, Object: o,
			Evidence: extract.Evidence{Start: pos, End: pos + 180, Rule: "synth/" + p}})
	}
	f.Entities = append(f.Entities, extract.Entity{ID: "subject:INTERNATIONAL SECURITY", Type: extract.TypeSubject,
		Name: "INTERNATIONAL SECURITY", Mentions: mention("INTERNATIONAL SECURITY", "header/subject")})
	relate(id, extract.PredSubject, "subject:INTERNATIONAL SECURITY")

	// The meeting it describes, and a few it references.
	// Most meetings are described by a handful of documents; one document
	// in ten is about one of the few big debates (the first 1%).
	mi := r.IntN(c.cfg.Meetings)
	if r.IntN(10) == 0 {
		mi = skewed(r, max(1, c.cfg.Meetings/100))
	}
	meeting := c.MeetingID(mi)
	f.Entities = append(f.Entities, extract.Entity{ID: meeting, Type: extract.TypeMeeting,
		Name: "Security Council meeting of " + c.MeetingDate(mi), Organ: "org:UNSC", Date: c.MeetingDate(mi),
		Number: fmt.Sprint(3500 + mi), Topic: "Cooperation with regional organizations (" + lang + ")",
		Mentions: mention(c.MeetingDate(mi), "meeting/held-on")})
	relate(id, extract.PredDescribes, meeting)
	relate(meeting, extract.PredHeldBy, "org:UNSC")
	country := fmt.Sprintf("country:C%02d", skewed(r, 193))
	relate(meeting, extract.PredPresidedBy, country)
	for range r.IntN(4) {
		mj := r.IntN(c.cfg.Meetings)
		if mj == mi {
			continue
		}
		m := c.MeetingID(mj)
		f.Entities = append(f.Entities, extract.Entity{ID: m, Type: extract.TypeMeeting, Name: "Security Council meeting of " + c.MeetingDate(mj),
			Organ: "org:UNSC", Date: c.MeetingDate(mj), Mentions: mention(c.MeetingDate(mj), "meeting/held-on")})
		relate(id, extract.PredReferences, m)
	}
	// Organizations and countries that attended.
	seen := map[string]bool{}
	for range 3 + r.IntN(8) {
		o := OrgID(skewed(r, len(orgs)))
		if seen[o] {
			continue
		}
		seen[o] = true
		f.Entities = append(f.Entities, extract.Entity{ID: o, Type: extract.TypeOrganization, Name: o[4:] + " organization",
			Mentions: mention(o[4:]+" ("+lang+")", "gazetteer/org")})
		relate(o, extract.PredAttended, meeting)
		relate(id, extract.PredMentions, o)
	}
	for range 2 + r.IntN(8) {
		cn := fmt.Sprintf("country:C%02d", skewed(r, 193))
		if seen[cn] {
			continue
		}
		seen[cn] = true
		f.Entities = append(f.Entities, extract.Entity{ID: cn, Type: extract.TypeCountry, Name: "Country " + cn[9:],
			Mentions: mention("Country "+cn[9:]+" ("+lang+")", "gazetteer/country")})
		relate(cn, extract.PredAttended, meeting)
	}
	if !seen[country] {
		f.Entities = append(f.Entities, extract.Entity{ID: country, Type: extract.TypeCountry, Name: "Country " + country[9:],
			Mentions: mention("Country "+country[9:]+" ("+lang+")", "gazetteer/country")})
	}
	// Speakers.
	for range r.IntN(5) {
		p := fmt.Sprintf("person:speaker-%d", r.IntN(c.cfg.Persons))
		if seen[p] {
			continue
		}
		seen[p] = true
		cn := fmt.Sprintf("country:C%02d", r.IntN(193))
		f.Entities = append(f.Entities, extract.Entity{ID: p, Type: extract.TypePerson, Name: "Speaker " + p[15:],
			Role: roles[r.IntN(len(roles))], Country: cn, Mentions: mention("Speaker "+p[15:], "gazetteer/person")})
		relate(p, extract.PredAttended, meeting)
		relate(p, extract.PredRepresents, cn)
	}
	// Documents it cites.
	for range r.IntN(5) {
		j := r.IntN(c.cfg.Docs)
		if j == i {
			continue
		}
		d := c.DocID(j)
		if d[4:10] == "sha256" {
			continue
		}
		f.Entities = append(f.Entities, extract.Entity{ID: d, Type: extract.TypeDocument, Name: d[4:], Mentions: mention(d[4:], "symbol")})
		relate(id, extract.PredCites, d)
	}
	return f
}
