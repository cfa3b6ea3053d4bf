package extract

// draftInHeadline says whether a draft-resolution phrase stands inside a
// line of prose rather than as the document's title: a news headline "الولايات
// المتحدة تستخدم حق النقض ضد مشروع قرار ..." reports on a draft, while a
// draft itself opens its line with the phrase ("مشروع قرار", "Draft resolution").
func draftInHeadline(d *doc, h hit) bool {
	return h.m.key == "doctype:draft-resolution" && !d.lineStart(h.start)
}
