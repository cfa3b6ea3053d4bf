package extract

// topicGroup is the pattern group of the mentions that name a State or an
// organization as a meeting's topic ("乌克兰问题", "联合国与欧盟合作问题",
// "مسألة فلسطين"): notattended in it cancels the attendance of that mention
// only, not of another mention of the same entity in the clause. A Chinese
// statement writes the topic and the briefer in one comma-joined sentence:
// "我感谢法国倡议召开此次联合国与欧盟合作问题通报会,认真听取了欧盟外交和安全
// 政策高级代表莫盖里尼女士的通报" (the EU is the topic and the briefer).
const topicGroup = "attendance-topic"

// topicMentions is the set of tokens a topic pattern names.
func (d *doc) topicMentions() map[int]bool {
	out := map[int]bool{}
	for i := range d.matches {
		m := &d.matches[i]
		if m.c.group != topicGroup {
			continue
		}
		for _, a := range m.c.p.Emit {
			if a.Name != "notattended" || a.Args[0] == "*" {
				continue
			}
			for _, t := range m.tokensOf(a.Args[0]) {
				if d.toks[t].kind == tkEntity {
					out[t] = true
				}
			}
		}
	}
	return out
}
