package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The acceptance test of the store issue, on the real seeds through the real
// extractor and a real Badger store: the meeting of 11 April 2003 described in
// Arabic (000) and Chinese (001) is one node with its attendees from both, and
// the draft resolution (004) traces back to it, to the documents describing
// it, and to the July 2004 debate.
func TestSeedsIngestAttendeesAndTrace(t *testing.T) {
	db := filepath.Join(t.TempDir(), "unkg.db")
	seeds := "../../testdata/seeds"
	if code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", seeds); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}

	code, out, errs := unkg(t, "query", "--db", db, "--format", "json", "attendees", "2003-04-11")
	if code != exitOK {
		t.Fatalf("attendees: exit %d: %s", code, errs)
	}
	var rows []struct {
		Meeting, ID string
		Sources     []string
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("attendees json: %v: %s", err, out)
	}
	orgs := map[string][]string{}
	for _, r := range rows {
		if r.Meeting != "meeting:UNSC:2003-04-11" {
			t.Errorf("row of another meeting: %+v", r)
		}
		orgs[r.ID] = r.Sources
	}
	for _, want := range []string{"org:AU", "org:OAS", "org:LAS", "org:OSCE", "org:EU", "org:ECOWAS"} {
		if len(orgs[want]) != 2 {
			t.Errorf("%s: sources %v, want the Arabic and the Chinese summary", want, orgs[want])
		}
	}

	code, out, errs = unkg(t, "query", "--db", db, "--format", "json", "trace", filepath.Join(seeds, "004_b54acdac83ce6a8a.txt"))
	if code != exitOK {
		t.Fatalf("trace: exit %d: %s", code, errs)
	}
	var steps []struct {
		ID, Kind, Via, From string
		Depth               int
	}
	if err := json.Unmarshal([]byte(out), &steps); err != nil {
		t.Fatalf("trace json: %v", err)
	}
	reached := map[string]string{}
	for _, s := range steps {
		reached[s.ID] = s.Via + " " + s.From
	}
	for _, want := range []string{"meeting:UNSC:2003-04-11", "meeting:UNSC:2004-07-20", "meeting:UN:2005-07-25", "doc:A/RES/60/1"} {
		if _, ok := reached[want]; !ok {
			t.Errorf("trace of seed 004 does not reach %s", want)
		}
	}
	var describers []string
	for id, how := range reached {
		if strings.HasPrefix(how, "describedBy meeting:UNSC:2003-04-11") {
			describers = append(describers, id)
		}
	}
	sort.Strings(describers)
	if len(describers) != 2 {
		t.Errorf("documents describing the 2003-04-11 meeting: %v, want seeds 000 and 001", describers)
	}
}
