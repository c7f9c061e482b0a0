package ingest

import (
	"os"
	"strings"
	"testing"
)

func TestReadFeed(t *testing.T) {
	type want struct {
		origin, id, title, url, source, byline, lang, published, text string
	}
	tests := []struct {
		path string
		docs []want
		errs string
	}{
		{
			path: "testdata/feed/world.rss",
			docs: []want{
				{"#1", "nc-2025-0611-drill", "Finland and Sweden hold joint naval drill", "https://www.northerncourier.example/world/naval-drill",
					"Northern Courier - World", "Matti Laine", "en", "2025-06-11T06:20:00Z",
					"Warships from Finland and Sweden began a five-day exercise in the Gulf of Bothnia on Wednesday, the two navies said.\n\nThe drill involves twelve vessels and about 1,500 sailors."},
				{"#2", HashID("https://www.northerncourier.example/world/portugal-strike"), "Strike closes airports in Portugal", "https://www.northerncourier.example/world/portugal-strike",
					"Northern Courier - World", "", "en", "2025-06-10T18:05:00+01:00",
					"Ground staff at Lisbon and Porto airports walked out on Tuesday over pay, cancelling more than 300 flights.\n\nThe union said the strike would last 48 hours."},
				{"#4", HashID("Talks between the government of Sudan and the rebel alliance resumed in Jeddah."), "Undated brief", "",
					"Northern Courier - World", "", "en", "",
					"Talks between the government of Sudan and the rebel alliance resumed in Jeddah."},
			},
			errs: `#3: item "Item without any text" has no text: no content or description`,
		},
		{
			path: "testdata/feed/africa.atom",
			docs: []want{
				{"#1", "tag:savannapost.example,2025:ghana-togo", "Ghana and Togo sign border agreement", "https://savannapost.example/africa/ghana-togo-border",
					"Savanna Post: Africa", "Kofi Mensah", "en", "2025-07-01T10:30:00Z",
					"The presidents of Ghana and Togo signed an agreement in Accra on Tuesday that settles the line of their shared border along the Volta region.\n\nJoint patrols will start in August.\n\nA commission will mark the border."},
				{"#2", "tag:savannapost.example,2025:kenya-tax", "Kenyan court suspends tax law", "https://savannapost.example/africa/kenya-tax",
					"Savanna Post: Africa", "", "en", "2025-06-30T15:45:00+03:00",
					"The High Court in Nairobi suspended parts of the new finance law pending a hearing next month."},
			},
		},
		{path: "testdata/feed/empty.rss", errs: ": feed has no items"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := readPaths(t, &Reader{}, tt.path)
			if len(res.docs) != len(tt.docs) {
				t.Fatalf("docs %q errors %q", res.origins(), res.errText())
			}
			for i, w := range tt.docs {
				d := res.docs[i]
				got := want{strings.TrimPrefix(d.Origin, tt.path), d.ID, d.Title, d.URL, d.Source, d.Byline, d.Lang, d.Published.String(), d.Text}
				if got != w {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
			if got := strings.ReplaceAll(res.errText(), tt.path, ""); got != tt.errs {
				t.Errorf("errors %q, want %q", got, tt.errs)
			}
		})
	}
	res := readPaths(t, &Reader{}, "testdata/feed/world.rss")
	if cats, _ := res.docs[0].Meta["categories"].([]string); len(cats) != 1 || cats[0] != "Defence" {
		t.Errorf("categories %v", res.docs[0].Meta)
	}
}

func TestFeedTooLarge(t *testing.T) {
	tmp := t.TempDir()
	item := "<item><title>t</title><description>Officials met in the capital on Monday.</description></item>"
	p := writeFile(t, tmp, "big.rss", []byte("<rss version=\"2.0\"><channel><title>Big</title>"+strings.Repeat(item, 100)+"</channel></rss>"))
	res := readPaths(t, &Reader{Options: Options{MaxDocBytes: 1000}}, p)
	if len(res.docs) != 0 || res.errText() != p+": feed too large: more than 5000 bytes (5 × MaxDocBytes)" {
		t.Errorf("docs %d errors %q", len(res.docs), res.errText())
	}
}

// TestReadFeedDamaged reads feeds cut short or broken: the complete items
// before the damage are delivered, and the damage is reported once, naming
// the file, the parser's line and the last item read.
func TestReadFeedDamaged(t *testing.T) {
	tests := []struct {
		path string
		ids  string
		errs string
	}{
		{path: "testdata/feed/cut.rss", ids: "lh-1 lh-2",
			errs: ": feed: XML syntax error on line 19: unexpected EOF (after item 2; the items before it were read, the rest of the feed skipped)"},
		{path: "testdata/feed/cut.atom", ids: "hp-1",
			errs: ": feed: XML syntax error on line 1: unexpected EOF (after item 1; the items before it were read, the rest of the feed skipped)"},
		{path: "testdata/feed/cut.rdf", ids: HashID("https://valley.example/1"),
			errs: ": feed: XML syntax error on line 6: unexpected EOF (after item 1; the items before it were read, the rest of the feed skipped)"},
		// Nothing complete to recover: the parser's error alone.
		{path: "testdata/feed/cut-first.rss", errs: ": feed: XML syntax error on line 1: unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			checkIDsErrors(t, readPaths(t, &Reader{}, tt.path), tt.path, tt.ids, tt.errs)
		})
	}
	// A gzip-compressed feed cut in transit: the items read are kept.
	b, err := os.ReadFile("testdata/feed/world.rss")
	if err != nil {
		t.Fatal(err)
	}
	gz := gzipBytes(b)
	p := writeFile(t, t.TempDir(), "world.rss.gz", gz[:len(gz)*3/4])
	res := readPaths(t, &Reader{}, p)
	if len(res.docs) == 0 || len(res.errs) != 1 || !strings.Contains(res.errText(), "truncated gzip data") {
		t.Errorf("docs %q errors %q", res.origins(), res.errText())
	}
}
