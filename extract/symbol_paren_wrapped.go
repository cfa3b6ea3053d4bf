package extract

import "strings"

// A preamble that cites a document in parentheses may wrap the citation onto
// a line of its own: "the letter of its President dated 31 January 2000
// addressed to the President of the General Assembly\n(S/2000/75),". That
// short line near the top is no header printing the document's own symbol:
// the line opens with the parenthesis, and the line before it ends in running
// text (a word, not a mark, with no blank line between).

// wrappedParenCite says whether the symbol at normalized offset start opens a
// parenthesis that begins a line continuing the sentence of the line before.
func (d *doc) wrappedParenCite(start int) bool {
	if !d.parenCited(start) {
		return false
	}
	head := strings.TrimRight(d.t.s[:start], " ")
	open := len(head) - 1 // the '(' ("（" is a Han document's, which has no such wraps)
	if open <= 0 || head[open] != '(' || !d.lineStart(open) {
		return false
	}
	prev := strings.TrimRight(d.t.s[:open], " \n")
	if prev == "" || strings.HasSuffix(d.t.s[:open], "\n\n") {
		return false
	}
	c := prev[len(prev)-1]
	return isDigit(c) || ('a' <= c && c <= 'z') || c >= 0x80
}
