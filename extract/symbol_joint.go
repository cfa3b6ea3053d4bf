package extract

import "strings"

// ownPart says whether id is one of the series symbols the document's own
// joint symbol is made of: a release issued in several series prints
// "SG/SM/14055-SC/10520-AFR/2317" and then each part on a line of its own;
// those parts are the document itself, not documents it cites.
func ownPart(own, id string) bool {
	if own == "" || own == id || !strings.Contains(own, "-") {
		return false
	}
	for part := range strings.SplitSeq(own, "-") {
		if part == id {
			return true
		}
	}
	return false
}
