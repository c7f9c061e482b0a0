package places

import (
	"strings"
	"testing"

	"github.com/petrel-events/petrel/places/geoeval"
)

func TestDebugErrors(t *testing.T) {
	arts, err := geoevalRead("/work/shared/eval/geo-dev/lgl.xml")
	if err != nil {
		t.Skip(err)
	}
	n := 0
	for _, a := range arts {
		d := annotate(t, a.Text)
		for _, g := range a.Toponyms {
			if g.Text != "Georgia" && g.Text != "Paris" && g.Text != "Alexandria" {
				continue
			}
			for _, p := range d.Places {
				if p.Overlaps(g.Span) && geoeval.Distance(g.Lat, g.Lon, p.Lat, p.Lon) > 161 && n < 8 {
					n++
					var others []string
					for _, q := range d.Places {
						others = append(others, q.Text+"/"+q.Country)
					}
					t.Logf("%s gold %.1f,%.1f got %s %s | %s", g.Text, g.Lat, g.Lon, p.Name, p.Country, strings.Join(others, " "))
				}
			}
		}
	}
}
