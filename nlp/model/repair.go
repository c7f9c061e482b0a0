package model

import "strings"

// relIDs holds the parser's label ids that the parse repairs write.
type relIDs struct {
	root, nsubj, acl int
	pass, expl       int // nsubj:pass, expl: other subjects (-1 if absent)
	ok               bool
}

// findRels looks up the label ids of the repairs in the parser's labels;
// ok is false when one is missing (the repairs are then off).
func findRels(labels []string) relIDs {
	r := relIDs{root: -1, nsubj: -1, acl: -1, pass: -1, expl: -1}
	for i, l := range labels {
		switch l {
		case "root":
			r.root = i
		case "nsubj":
			r.nsubj = i
		case "acl":
			r.acl = i
		case "nsubj:pass":
			r.pass = i
		case "expl":
			r.expl = i
		}
	}
	r.ok = r.root >= 0 && r.nsubj >= 0 && r.acl >= 0
	return r
}

// repairIngRelative mends a reduced relative clause with an -ing
// participle after a plural noun subject: "Protesters carrying flags
// marched to the ministry." The parser makes the noun (or the -ing form)
// the root and the past verb a clause under the -ing form, so the march
// has no subject. When
//   - word n is a plural common noun (NNS) and every word before it
//     depends on it ("The angry protesters …"),
//   - word n+1 is an -ing form (VBG) that is either an acl of n or the
//     root with n as its nsubj, and n or it is the root,
//   - a later word v is a past verb (VBD) below the -ing form, with no
//     subject of its own, and no finite verb, modal, conjunction, comma,
//     "that" or wh-word between the -ing form and it,
//
// v becomes the root, n its nsubj and the -ing form an acl of n; the
// dependents of n and of the -ing form after v move to v. heads are
// 1-based (0 the root); tags index xpos, labels the parser's labels.
func repairIngRelative(forms []string, xpos []string, tags, heads, labels []int, rel relIDs) {
	if !rel.ok {
		return
	}
	n := len(forms)
	tag := func(i int) string { return xpos[tags[i]] }
	for k := 0; k+2 < n; k++ {
		if tag(k) != "NNS" || tag(k+1) != "VBG" {
			continue
		}
		// Words before the noun must be its own dependents.
		pre := true
		for j := 0; j < k; j++ {
			if heads[j] != k+1 {
				pre = false
				break
			}
		}
		if !pre {
			return
		}
		g := k + 1
		switch {
		case heads[k] == 0 && heads[g] == k+1 && labels[g] == rel.acl:
		case heads[g] == 0 && heads[k] == g+1 && labels[k] == rel.nsubj:
		default:
			return
		}
		v := -1
		for j := g + 1; j < n; j++ {
			t := tag(j)
			if t == "VBD" {
				v = j
				break
			}
			low := strings.ToLower(forms[j])
			if t == "VBZ" || t == "VBP" || t == "MD" || t == "CC" || t == "WDT" || t == "WP" || t == "WRB" || t == "," || t == ":" || low == "that" {
				return
			}
		}
		if v < 0 || !below(heads, v, g) {
			return
		}
		for j := 0; j < n; j++ {
			if heads[j] == v+1 && (labels[j] == rel.nsubj || labels[j] == rel.pass || labels[j] == rel.expl) {
				return
			}
		}
		for j := v + 1; j < n; j++ {
			if heads[j] == k+1 || heads[j] == g+1 {
				heads[j] = v + 1
			}
		}
		heads[v], labels[v] = 0, rel.root
		heads[k], labels[k] = v+1, rel.nsubj
		heads[g], labels[g] = k+1, rel.acl
		return
	}
}

// below reports whether word v (0-based) lies in the subtree of word g.
func below(heads []int, v, g int) bool {
	for steps, h := 0, heads[v]; h != 0 && steps < len(heads); steps++ {
		if h == g+1 {
			return true
		}
		h = heads[h-1]
	}
	return false
}
