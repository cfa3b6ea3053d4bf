package extract

import "strings"

// monthlyOrgans are the organs whose presidency rotates by the month among
// their members: the Security Council and the AU Peace and Security Council.
var monthlyOrgans = map[string]bool{"UNSC": true, "AUPSC": true}

// monthPresidencyElsewhere says whether a presidency said for a month
// (a meeting expression with @month) would fall on meeting mt of an organ
// whose presidency does not rotate by the month: "安理会本月轮值主席、俄罗斯常驻联合国代表"
// presides over the Council's October meetings, not over the General
// Assembly's meeting of that October, which the Assembly's President chairs.
func monthPresidencyElsewhere(expr string, mt *meetingInfo) bool {
	return strings.Contains(expr, "@month(") && !monthlyOrgans[mt.organ]
}
