package extract

import (
	"strings"
	"testing"
)

// A PSC communiqué that writes only "the Peace and Security Council" holds its
// meeting by the PSC (the organ) but never names the PSC in full: the corpus
// does not list AUPSC then, while the AU it names is listed. Both output paths
// (the facts and the JSON written from the working state) agree.
func TestUnnamedMeetingHolderIsNoOrganization(t *testing.T) {
	// https://reliefweb.int/report/somalia/communique-865th-meeting-psc-somaliaamisom-and-progress-report-chairperson-au
	const text = "COMMUNIQUÉ\n\nAdopted by the Peace and Security Council during its 865th meeting held on 7 August 2019 on the Report of the Chairperson of the AU Commission on the Situation in Somalia, including progress on the implementation of the African Union Mission in Somalia (AMISOM):\n"
	f := extractString(t, text)
	if !relationsOf(f, PredHeldBy)["meeting:AUPSC:2019-08-07 org:AUPSC"] {
		t.Fatalf("no PSC meeting: %v", relationsOf(f, PredHeldBy))
	}
	orgs := entityIDs(f, TypeOrganization)
	if orgs["org:AUPSC"] || !orgs["org:AU"] {
		t.Errorf("organizations %v, want org:AU and no org:AUPSC", orgs)
	}
	b, err := builtin(t).AppendDocumentJSON(nil, "test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if s := string(b); strings.Contains(s, `"id":"org:AUPSC"`) || !strings.Contains(s, `"object":"org:AUPSC"`) {
		t.Errorf("JSON lists the unnamed PSC or lost its heldBy: %s", s)
	}
}
