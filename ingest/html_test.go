package ingest

import (
	"strings"
	"testing"
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		path                                string
		title, byline, lang, url, published string
		paragraphs                          int      // number of "\n\n"-separated paragraphs
		first                               string   // first paragraph
		contain                             []string // in the text
		absent                              []string // not in the text
	}{
		{
			path:  "testdata/html/article.html",
			title: "Ministers agree grain corridor deal", byline: "Ines Okafor", lang: "en",
			url:        "https://www.harbourgazette.example/world/2025/05/14/grain-corridor-deal",
			published:  "2025-05-14T09:40:00+02:00",
			paragraphs: 9,
			first:      "The foreign ministers of Turkey and Ukraine signed an agreement in Ankara on Wednesday that reopens a shipping corridor for grain through the Black Sea, officials from both governments said.",
			contain: []string{
				"\n\nWarnings from Moscow\n\n",
				"\n\nWe will not accept a corridor that serves as a cover for weapons deliveries.\n\n",
				"\n\nShips must declare their cargo 48 hours before arrival.\n\nInspections will take place around the clock.\n\n",
				"traders said.\nWheat futures recovered",
			},
			absent: []string{"cookies", "Accept all", "World", "Advertisement", "Share on", "Email this story",
				"Related stories", "Port strike", "Sign up", "Subscribe", "Comments", "Finally some good news",
				"Most read", "©", "Privacy", "Photo:", "dataLayer", "By Ines Okafor", "14 May 2025", "  "},
		},
		{
			path:  "testdata/html/jsonld.html",
			title: "Accord sur la pêche entre la France et le Royaume-Uni", byline: "Claire Martin", lang: "fr",
			published: "2025-06-02T07:00:00Z", paragraphs: 3,
			first: "La France et le Royaume-Uni ont conclu lundi un accord sur les licences de pêche dans les eaux de Jersey, après plusieurs mois de négociations difficiles entre les deux gouvernements.",
		},
		{
			path: "testdata/html/timeonly.html", title: "Council votes to close mine",
			published: "2025-03-18", paragraphs: 4,
			contain: []string{"The regional council of Antofagasta voted on Tuesday"},
		},
		{
			path: "testdata/html/latin1-meta.html", title: "Huelga en el puerto", lang: "es", paragraphs: 3,
			contain: []string{"tres días", "“injustificada”", "Según"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := readPaths(t, &Reader{}, tt.path)
			if len(res.docs) != 1 || len(res.errs) != 0 {
				t.Fatalf("docs %d errors %q", len(res.docs), res.errText())
			}
			d := res.docs[0]
			if d.Title != tt.title || d.Byline != tt.byline || d.Lang != tt.lang || d.URL != tt.url || d.Published.String() != tt.published {
				t.Errorf("got title %q byline %q lang %q url %q published %q", d.Title, d.Byline, d.Lang, d.URL, d.Published)
			}
			paras := strings.Split(d.Text, "\n\n")
			if len(paras) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", len(paras), tt.paragraphs, d.Text)
			}
			if tt.first != "" && paras[0] != tt.first {
				t.Errorf("first paragraph %q", paras[0])
			}
			for _, s := range tt.contain {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(d.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, d.Text)
				}
			}
			if tt.url != "" && d.Source != Host(tt.url) {
				t.Errorf("source %q", d.Source)
			}
		})
	}
}

func TestReadHTMLErrors(t *testing.T) {
	tmp := t.TempDir()
	tests := []struct {
		name, content, err string
	}{
		{"no body", "<!doctype html><html><head><title>Only a title</title></head><body></body></html>", "no article body found"},
		{"only scripts", "<html><body><script>var a = 1;</script><style>p{}</style></body></html>", "no article body found"},
		{"navigation only", "", "no article body found"},
		{"cookie banner only", "<html><body><div class=\"cookie-banner\"><p>We use cookies to improve your experience on this site.</p></div><nav><a href=/>Home</a></nav></body></html>", "no article body found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := "testdata/html/noarticle.html"
			if tt.content != "" {
				p = writeFile(t, tmp, strings.ReplaceAll(tt.name, " ", "-")+".html", []byte(tt.content))
			}
			res := readPaths(t, &Reader{}, p)
			if len(res.docs) != 0 || res.errText() != p+": "+tt.err {
				t.Errorf("docs %d errors %q, want %q", len(res.docs), res.errText(), p+": "+tt.err)
			}
		})
	}
}

func TestHTMLFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, no markup", "plain text, no markup"},
		{"<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."},
		{"Line<br>next<br><br>new paragraph", "Line\nnext\n\nnew paragraph"},
		{"<ul><li>a</li><li>b</li></ul>", "a\n\nb"},
		{"<table><tr><td>Votes</td><td>312</td></tr><tr><td>Against</td><td>98</td></tr></table>", "Votes 312\n\nAgainst 98"},
		{"<p>Keep <b>inline</b> <a href=x>links</a>.</p><script>x()</script>", "Keep inline links."},
		{"<pre>  indented\n    code</pre><p>after</p>", "  indented\n    code\n\nafter"},
		{"<p>a</p><p hidden>secret</p><div style=\"display: none\">gone</div>", "a"},
		{"<div><p>Body text of the item that is long enough.</p><div class=\"share-links\">Share</div></div>", "Body text of the item that is long enough."},
		{"<p>\u00a0</p>", ""},
	}
	for _, tt := range tests {
		got, err := htmlFragmentText(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("htmlFragmentText(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
