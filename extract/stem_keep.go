package extract

import "bytes"

// cutAllowed says whether word may be cut to its first at bytes: not when it
// begins with a stem the profile keeps whole (stem-keep) that the cut would
// shorten. Suffix stripping folds Нигерия and Нигер to one stem (нигер),
// so Nigeria's case forms matched Niger too; keeping нигери- apart lets
// Нигерии, Нигерию, Нигерией meet Нигерия and nothing else.
func (f *folder) cutAllowed(word []byte, at int) bool {
	for _, k := range f.keeps {
		if at < len(k) && bytes.HasPrefix(word, []byte(k)) {
			return false
		}
	}
	return true
}
