package extract

import "testing"

// A release in several series (SG/SM-SC-AFR) prints its joint symbol and then
// each part on a line of its own: the parts are the release, not citations.
func TestJointSymbolPartsAreOwn(t *testing.T) {
	checkOwnSymbol(t, "fr_60_sgsm14055_20120112.txt", "SG/SM/14055-SC/10520-AFR/2317")
	if !ownPart("A/73/907-S/2019/509", "S/2019/509") || ownPart("S/2019/509", "S/2019/5") {
		t.Error("ownPart")
	}
}
