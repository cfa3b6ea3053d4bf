package extract

// dayFirstWord is the test of the bytes that may not touch a day-first
// numeric date (30.10.2019, 02.03.2016) in lang: in a language of marked dates
// (Chinese) the normalized text joins lines, so a headline's last Han
// character stands right before a story's date line ("表决02.03.2016 09:39");
// only a Latin letter or a digit may not touch it there.
func (g *dateGrammar) dayFirstWord(lang string) func(byte) bool {
	if g.markedOf(lang) != nil {
		return isASCIIWord
	}
	return isWordByte
}
