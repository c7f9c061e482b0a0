package places

import (
	"testing"
	"time"
)

func TestLoadGazetteer(t *testing.T) {
	start := time.Now()
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d entries, %d names in %v", len(g.Entries), len(g.names), time.Since(start))
	for _, c := range []struct{ name, country string }{
		{"Kyiv", "UKR"}, {"Kiev", "UKR"}, {"Moscow", "RUS"}, {"Ga.", "USA"}, {"Europe", ""}, {"European capitals", ""},
	} {
		ids := g.Lookup(c.name)
		if len(ids) == 0 {
			t.Errorf("%s: not found", c.name)
			continue
		}
		found := false
		for _, id := range ids {
			found = found || g.Entries[id].Country == c.country
		}
		if !found {
			t.Errorf("%s: no entry in %q", c.name, c.country)
		}
	}
}
