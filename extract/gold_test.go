package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// This test scores extraction against the hand-written expected facts of
// testdata/corpus/gold the way testdata/corpus/score.py does (the evaluation's
// scorer), and fails below F1 0.9 where the extraction issue demands it.

var scoreCategories = []string{"organizations", "countries", "meetings", "presidency", "attendance", "citations", "references"}

type factSets map[string]map[string]bool

func newFactSets() factSets {
	s := factSets{}
	for _, c := range scoreCategories {
		s[c] = map[string]bool{}
	}
	return s
}

var spaces = regexp.MustCompile(`\s+`)

func normSymbol(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "doc:")
	return strings.ToUpper(spaces.ReplaceAllString(s, ""))
}

func meetingKey(id string) (string, bool) {
	p := strings.Split(id, ":")
	if len(p) >= 3 && p[0] == "meeting" {
		return strings.ToUpper(p[1]) + " " + p[2], true
	}
	return "", false
}

func predictedSets(f *Facts) factSets {
	s := newFactSets()
	for _, e := range f.Entities {
		switch {
		case e.Type == TypeOrganization && strings.HasPrefix(e.ID, "org:"):
			s["organizations"][strings.ToUpper(e.ID[4:])] = true
		case e.Type == TypeCountry && strings.HasPrefix(e.ID, "country:"):
			s["countries"][strings.ToUpper(e.ID[8:])] = true
		case e.Type == TypeMeeting:
			if k, ok := meetingKey(e.ID); ok {
				s["meetings"][k] = true
			}
		}
	}
	for _, r := range f.Relations {
		switch r.Predicate {
		case PredPresidedBy:
			if k, ok := meetingKey(r.Subject); ok && strings.HasPrefix(r.Object, "country:") {
				s["presidency"][strings.Fields(k)[1]+" "+strings.ToUpper(r.Object[8:])] = true
			}
		case PredAttended:
			if k, ok := meetingKey(r.Object); ok && strings.HasPrefix(r.Subject, "org:") {
				s["attendance"][strings.ToUpper(r.Subject[4:])+" "+strings.Fields(k)[1]] = true
			}
		case PredCites:
			if strings.HasPrefix(r.Object, "doc:") {
				s["citations"][normSymbol(r.Object)] = true
			}
		case PredReferences:
			if k, ok := meetingKey(r.Object); ok {
				s["references"][k] = true
			}
		}
	}
	return s
}

type goldDoc struct {
	Doc           string   `json:"doc"`
	Organizations []string `json:"organizations"`
	Countries     []string `json:"countries"`
	Meetings      []struct {
		Organ      string   `json:"organ"`
		Date       string   `json:"date"`
		Presidency string   `json:"presidency"`
		Attendees  []string `json:"attendees"`
	} `json:"meetings"`
	DocumentsCited []string `json:"documents_cited"`
	References     []struct {
		ToMeeting struct {
			Organ string `json:"organ"`
			Date  string `json:"date"`
		} `json:"to_meeting"`
	} `json:"references"`
}

func goldSets(g goldDoc) factSets {
	s := newFactSets()
	for _, o := range g.Organizations {
		s["organizations"][strings.ToUpper(o)] = true
	}
	for _, c := range g.Countries {
		s["countries"][strings.ToUpper(c)] = true
	}
	for _, m := range g.Meetings {
		if len(m.Date) != 10 {
			continue
		}
		s["meetings"][strings.ToUpper(m.Organ)+" "+m.Date] = true
		if m.Presidency != "" {
			s["presidency"][m.Date+" "+strings.ToUpper(m.Presidency)] = true
		}
		for _, a := range m.Attendees {
			s["attendance"][strings.ToUpper(a)+" "+m.Date] = true
		}
	}
	for _, c := range g.DocumentsCited {
		s["citations"][normSymbol(c)] = true
	}
	for _, r := range g.References {
		if len(r.ToMeeting.Date) == 10 {
			s["references"][strings.ToUpper(r.ToMeeting.Organ)+" "+r.ToMeeting.Date] = true
		}
	}
	return s
}

func TestScoreAgainstGold(t *testing.T) {
	golds, err := filepath.Glob("../testdata/corpus/gold/*.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	var misses []string
	for _, gp := range golds {
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		dir := "../testdata/corpus"
		if strings.HasPrefix(filepath.Base(gp), "seed_") {
			dir = "../testdata/seeds"
		}
		pred := predictedSets(extractFile(t, filepath.Join(dir, g.Doc)))
		want := goldSets(g)
		for _, c := range scoreCategories {
			for k := range want[c] {
				if pred[c][k] {
					tp[c]++
				} else {
					fn[c]++
					misses = append(misses, fmt.Sprintf("miss %s %s %s", c, g.Doc, k))
				}
			}
			for k := range pred[c] {
				if !want[c][k] {
					fp[c]++
					misses = append(misses, fmt.Sprintf("extra %s %s %s", c, g.Doc, k))
				}
			}
		}
	}
	// The floors are today's development scores (seeds and 38 files), so
	// that no change loses ground; the target is 0.95 in every category.
	floor := map[string]float64{"organizations": 0.99, "countries": 0.975, "meetings": 0.98, "presidency": 0.99,
		"attendance": 0.96, "citations": 0.99, "references": 0.95}
	for _, c := range scoreCategories {
		p, r := 1.0, 1.0
		if tp[c]+fp[c] > 0 {
			p = float64(tp[c]) / float64(tp[c]+fp[c])
		} else if fn[c] > 0 {
			p = 0
		}
		if tp[c]+fn[c] > 0 {
			r = float64(tp[c]) / float64(tp[c]+fn[c])
		}
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		t.Logf("%-14s P %.3f R %.3f F1 %.3f  %d/%d/%d", c, p, r, f1, tp[c], fp[c], fn[c])
		if min, ok := floor[c]; ok && f1 < min {
			t.Errorf("%s: F1 %.3f below %.2f", c, f1, min)
		}
	}
	for _, m := range misses {
		t.Log(m)
	}
}
