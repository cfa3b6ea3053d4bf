package extract

import (
	"strings"
	"unicode/utf8"
)

// parenCited says whether the symbol starting at normalized offset start
// opens a parenthesis after running text: "2016年11月16日(S/PRST/2016/17)",
// "中期报告(S/2020/840)", "dated 3 May (S/2023/1)". That is how a preamble or a
// report cites a document; a title restating its own symbol prints it bare
// ("联合国安理会主席声明2008年第30号 S/PRST/2008/30"), so a parenthesized one is
// never the title's, even when the numbers of earlier citations on the same
// long line happen to match it.
func (d *doc) parenCited(start int) bool {
	head := strings.TrimRight(d.t.s[:start], " ")
	r, _ := utf8.DecodeLastRuneInString(head)
	return r == '(' || r == '（'
}
