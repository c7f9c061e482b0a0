package places

import "github.com/petrel-events/petrel/places/geoeval"

func geoevalRead(p string) ([]geoeval.Article, error) { return geoeval.ReadFile(p, geoeval.ReadLGL) }
