package extract

// minListRows is how many lines led by different symbols make a text a list
// of documents: a cover prints its own symbol once (with a corrigendum or a
// joint symbol on the same line), so three rows are no header.
const minListRows = 3

// symbolListRow says whether own, the symbol taken as the document's own
// because it starts a line, is instead one row of a list of documents: a
// page of the Council's site where each line opens with a
// symbol and goes on with its title or date ("S/2024/507 Document PDF",
// "S/2023/945 安全理事会主席的说明 | 2023年12月1日 |"), or a list of releases
// where each symbol stands on its own line above the release's summary
// ("SC/14763", "SC/14407", "GA/12308"). Each row's symbol names a listed
// document, so none is the page's own and all are cited.
func (d *doc) symbolListRow(own string) bool {
	if own == "" || d.distrAt() >= 0 {
		return false // an issued document's header (Distr.: General) prints its own symbol; its footnotes open with others
	}
	rows := map[string]bool{}
	ownRow := false
	for _, sy := range d.symbols {
		if !d.lineStart(sy.start) {
			continue
		}
		rows[sy.id] = true
		ownRow = ownRow || sy.id == own
	}
	return ownRow && len(rows) >= minListRows
}
