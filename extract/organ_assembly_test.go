package extract

import "testing"

// A General Assembly record whose cover heads its date with "50th plenary
// meeting" holds the Assembly's meeting, though its agenda names the
// Security Council (the report of the Council): the assembly-meeting phrase
// "th plenary meeting" follows the meeting's number as a meeting number does,
// with no word boundary before it (match.go, candidateFlags and accept).
// Text: A/60/PV.50 cover, humanrightsvoices.org (PV_SR_GA_11-11-05_SC_reform).
func TestAssemblyRecordCoverPlenaryAfterNumber(t *testing.T) {
	text := "United Nations A/60/PV.50\nOfficial Records\nGeneral Assembly\nSixtieth session\n50th plenary meeting\n" +
		"Friday, 11 November 2005, 3 p.m.\nNew York\n" +
		"President: Mr. Eliasson . . . . . . . . . . . . . . . . . . . . . . (Sweden)\n" +
		"In the absence of the President, Mr. Diarra (Mali) took the Chair.\n" +
		"The meeting was called to order at 3.10 p.m.\n" +
		"Agenda items 9 and 117 (continued)\nReport of the Security Council (A/60/2)\n"
	f := extractString(t, text)
	if !hasRelation(f, "meeting:UNGA:2005-11-11", "heldBy", "org:UNGA") {
		t.Errorf("the cover's meeting is not the Assembly's: %v", relationsOf(f, "heldBy"))
	}
	if hasRelation(f, "meeting:UNSC:2005-11-11", "heldBy", "org:UNSC") {
		t.Errorf("the cover's meeting is given to the Security Council")
	}
}
