package places

import (
	"math"
	"slices"
)

// Resolution weights. A candidate's score is the log10 of its population,
// plus a bonus by kind, plus the shares of the document's country and
// first-level-division focus it falls in, weighted.
const (
	bonusCountry   = 1.0
	bonusAdmin1    = -0.3
	bonusRegion    = 7.0 // regions are named by hand: well known
	bonusCapital   = 1.0 // national capitals are news' most named places
	weightCountry  = 3.0
	weightAdmin1   = 3.0
	weightDemonym  = 0.5   // a demonym's vote for its country's focus
	dominantMargin = 1.0   // log10 population lead that makes a reading sure
	resolvePasses  = 3     // votes from the priors, then twice from the last readings
	weightNear     = 3.0   // share of the other towns and counties within nearKm
	nearKm         = 200.0 // km
	weightPair     = 1.5   // a town or county reading near a reading of another name
	pairKm         = 50.0  // km
	pairMargin     = 2.0   // log10 population below its name's best that still pairs
	// the focus shares count one vote more than the document casts: a
	// single other name weighs as half a document's focus
	focusPrior = 1.0
)

// resolve chooses the entry of every mention: one sense per name and
// document, the container when one is written ("Paris, Texas"), else the
// population prior corrected by the document's focus.
func (r *Recognizer) resolve(ms []mention, demonyms map[string]float64) {
	groups := map[string][]int{}
	var order []string
	for i := range ms {
		k := ms[i].key // "MANSFIELD" reads as "Mansfield"
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	type group struct {
		cands  []int32
		n      int
		sure   bool
		prior  bool // the prior alone is sure: a town ten times the others
		fixed  bool // a container was written
		chosen int32
	}
	gs := make([]group, len(order))
	for gi, k := range order {
		idx := groups[k]
		g := &gs[gi]
		g.n = len(idx)
		// the strongest restriction written for any of the mentions
		within, kinds := int32(-1), uint8(0)
		for _, i := range idx {
			if ms[i].within >= 0 && within < 0 {
				within = ms[i].within
			}
			if ms[i].kinds != 0 && kinds == 0 {
				kinds = ms[i].kinds
			}
		}
		g.cands = r.filter(ms[idx[0]].cands, within, kinds)
		g.chosen, g.sure = r.prior(g.cands)
		g.prior = g.sure
		if within >= 0 {
			g.sure, g.fixed = true, true
		}
	}
	// readings that another name of the document has a reading near
	// ("Paris" and "Henry County" in Tennessee)
	open := make([][]int32, len(gs))
	for gi := range gs {
		if !ms[groups[order[gi]][0]].demonym {
			open[gi] = gs[gi].cands
		}
	}
	paired := r.paired(open, func(gi int) bool { return !gs[gi].fixed && len(gs[gi].cands) > 1 })
	// the document's focus: countries and divisions of the sure readings,
	// and, more lightly, of the others; each later pass votes with the
	// readings of the pass before ("Georgia" next to "Alabama" is the
	// state, which then places "Columbus")
	country := map[string]float64{}
	admin1 := map[int32]float64{}
	weights := make([]float64, len(gs))
	for range resolvePasses {
		clear(country)
		clear(admin1)
		total := 0.0
		vote := func(id int32, w float64) {
			e := &r.gaz.Entries[id]
			if e.Country != "" {
				country[e.Country] += w
			}
			if a := r.gaz.admin1Of(id); a >= 0 {
				admin1[a] += w
			}
		}
		for c, n := range demonyms {
			country[c] += weightDemonym * n
			total += weightDemonym * n
		}
		for gi := range gs {
			g := &gs[gi]
			if g.chosen < 0 {
				continue
			}
			w := 0.3
			if g.sure {
				w = 1
			}
			if ms[groups[order[gi]][0]].demonym {
				w = 0 // counted with the demonyms already
			}
			weights[gi] = w * float64(g.n)
			vote(g.chosen, weights[gi])
			total += weights[gi]
		}
		chosen := make([]int32, len(gs))
		for gi := range gs {
			g := &gs[gi]
			chosen[gi] = g.chosen
			if g.chosen < 0 || g.fixed || len(g.cands) < 2 {
				continue
			}
			own := &r.gaz.Entries[g.chosen]
			ownAdmin := r.gaz.admin1Of(g.chosen)
			rest := total - weights[gi]
			if rest <= 0 {
				continue
			}
			// proximity decides between towns and counties of like
			// size only: a state or country reading ("Florida",
			// "Wyoming") or a city ten times the others ("Louisville",
			// Kentucky) is not outvoted by a village near the other
			// places
			localOnly := !g.prior
			for _, c := range g.cands {
				if k := r.gaz.Entries[c].Kind; k != KindCity && k != KindAdmin2 {
					localOnly = false
				}
			}
			best, bestScore := int32(-1), math.Inf(-1)
			for _, c := range g.cands {
				e := &r.gaz.Entries[c]
				s := r.score(e)
				cs := country[e.Country]
				if e.Country == own.Country && own.Country != "" {
					cs -= weights[gi]
				}
				s += weightCountry * cs / (rest + focusPrior)
				if a := r.gaz.admin1Of(c); a >= 0 {
					as := admin1[a]
					if ownAdmin == a {
						as -= weights[gi]
					}
					s += weightAdmin1 * as / (rest + focusPrior)
				}
				// near the other local readings: "Columbus" across the
				// river from "Phenix City"
				if localOnly && (e.Kind == KindCity || e.Kind == KindAdmin2) {
					near := 0.0
					for gj := range gs {
						if gj == gi || gs[gj].chosen < 0 || weights[gj] == 0 {
							continue
						}
						o := &r.gaz.Entries[gs[gj].chosen]
						if (o.Kind == KindCity || o.Kind == KindAdmin2) && km(float64(e.Lat), float64(e.Lon), float64(o.Lat), float64(o.Lon)) < nearKm {
							near += weights[gj]
						}
					}
					s += weightNear * near / rest
				}
				if paired[gi][c] {
					s += weightPair
				}
				if s > bestScore {
					best, bestScore = c, s
				}
			}
			chosen[gi] = best
		}
		for gi := range gs {
			gs[gi].chosen = chosen[gi]
		}
	}
	for gi, k := range order {
		for _, i := range groups[k] {
			ms[i].chosen = gs[gi].chosen
		}
	}
}

// admin1Of returns the first-level division of entry id: itself for a
// division, else its Admin1 (-1 for none).
func (g *Gazetteer) admin1Of(id int32) int32 {
	if g.Entries[id].Kind == KindAdmin1 {
		return id
	}
	return g.Entries[id].Admin1
}

// filter applies a written container and kind, and drops a division that
// a city of the same name stands for (the city-state "Moscow").
func (r *Recognizer) filter(cands []int32, within int32, kinds uint8) []int32 {
	out := make([]int32, 0, len(cands))
	for _, c := range cands {
		e := &r.gaz.Entries[c]
		if within >= 0 {
			w := &r.gaz.Entries[within]
			switch {
			case c == within:
				continue
			case w.Kind == KindCountry && e.Country != w.Country:
				continue
			case w.Kind == KindAdmin1 && e.Admin1 != within:
				continue
			}
		}
		if kinds != 0 && kinds&(1<<e.Kind) == 0 {
			continue
		}
		// a division written as one ("the province of Najaf", "Moscow
		// region") is not shadowed by its city
		if e.Kind == KindAdmin1 && (kinds == 0 || kinds&(1<<KindCity) != 0) && r.shadowed(cands, c) {
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// shadowed reports whether a city among cands lies in division a.
func (r *Recognizer) shadowed(cands []int32, a int32) bool {
	for _, c := range cands {
		if e := &r.gaz.Entries[c]; e.Kind == KindCity && e.Admin1 == a {
			return true
		}
	}
	return false
}

// score is a candidate's prior: population and kind.
func (r *Recognizer) score(e *Entry) float64 {
	s := math.Log10(float64(e.Pop) + 10)
	switch e.Kind {
	case KindCountry:
		s += bonusCountry
	case KindAdmin1:
		s += bonusAdmin1
	case KindRegion:
		s += bonusRegion
	case KindAdmin2:
		// counties share one nominal population: the larger state's
		// county leads a tie ("Walker County")
		if e.Admin1 >= 0 {
			s += 0.01 * math.Log10(float64(r.gaz.Entries[e.Admin1].Pop)+10)
		}
	}
	if e.Capital() {
		s += bonusCapital
	}
	return s
}

// prior returns the best candidate by prior and whether it leads the next
// by dominantMargin (or is alone).
func (r *Recognizer) prior(cands []int32) (int32, bool) {
	best, second := int32(-1), math.Inf(-1)
	bestScore := math.Inf(-1)
	for _, c := range cands {
		s := r.score(&r.gaz.Entries[c])
		if s > bestScore {
			second = bestScore
			best, bestScore = c, s
		} else if s > second {
			second = s
		}
	}
	return best, bestScore-second >= dominantMargin
}

// paired returns, for each name gi that wants it, its town and county
// readings that lie within pairKm of a plausible town or county reading of
// another name: "Paris" and "Henry County" both have a reading in
// Tennessee, the one the seat of the other, and local news names a town
// with its county or its neighbours. A reading is plausible when it scores
// within pairMargin of its name's best prior, or, for a county, always
// (counties share one nominal population); a county also takes any town
// reading as its partner: no Houston, Pennsylvania (a thousandth of
// Houston, Texas), pairs with a Toronto, Ohio, but any Paris pairs with its
// Henry County. cands[gi] holds name gi's readings (nil for names that
// cast no such evidence).
func (r *Recognizer) paired(cands [][]int32, wants func(gi int) bool) []map[int32]bool {
	local := make([][]int32, len(cands))     // town and county readings
	plausible := make([][]int32, len(cands)) // those a town pairs with
	for gi, cs := range cands {
		best := math.Inf(-1)
		for _, c := range cs {
			best = max(best, r.score(&r.gaz.Entries[c]))
		}
		for _, c := range cs {
			e := &r.gaz.Entries[c]
			if e.Kind != KindCity && e.Kind != KindAdmin2 {
				continue
			}
			local[gi] = append(local[gi], c)
			if e.Kind == KindAdmin2 || r.score(e) > best-pairMargin {
				plausible[gi] = append(plausible[gi], c)
			}
		}
	}
	out := make([]map[int32]bool, len(cands))
	for gi := range cands {
		if !wants(gi) {
			continue
		}
		for _, c := range local[gi] {
			partners := plausible
			if r.gaz.Entries[c].Kind == KindAdmin2 {
				partners = local
			}
			if r.nearAny(c, partners, gi) {
				if out[gi] == nil {
					out[gi] = map[int32]bool{}
				}
				out[gi][c] = true
			}
		}
	}
	return out
}

// nearAny reports whether entry c lies within pairKm of a reading of a
// name other than skip.
func (r *Recognizer) nearAny(c int32, local [][]int32, skip int) bool {
	e := &r.gaz.Entries[c]
	const latKm = 111.2 // km per degree of latitude
	for gj, ds := range local {
		if gj == skip || slices.Contains(ds, c) {
			continue // a name of the same places ("SPRINGFIELD", "Springfield")
		}
		for _, d := range ds {
			o := &r.gaz.Entries[d]
			if d == c || math.Abs(float64(e.Lat-o.Lat))*latKm > pairKm {
				continue
			}
			if km(float64(e.Lat), float64(e.Lon), float64(o.Lat), float64(o.Lon)) < pairKm {
				return true
			}
		}
	}
	return false
}
