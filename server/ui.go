package server

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed web/templates/*.html
var templateFS embed.FS

//go:embed web/static
var staticFS embed.FS

//go:embed openapi.json
var openapiJSON []byte

// page is one view of the dashboard.
type page struct {
	Path, Name, Title, Template string
	Scripts, Styles             []string
}

var pages = []page{
	{Path: "/", Name: "explorer", Title: "Explorer", Template: "explorer.html", Scripts: []string{"js/explorer.js"}},
	{Path: "/timeline", Name: "timeline", Title: "Timeline", Template: "timeline.html",
		Scripts: []string{"vendor/uplot/uPlot.iife.min.js", "js/timeline.js"}, Styles: []string{"vendor/uplot/uPlot.min.css"}},
	{Path: "/network", Name: "network", Title: "Network", Template: "network.html",
		Scripts: []string{"vendor/cytoscape/cytoscape.min.js", "js/network.js"}},
	{Path: "/map", Name: "map", Title: "Map", Template: "map.html",
		Scripts: []string{"vendor/leaflet/leaflet.js", "js/topojson.js", "js/map.js"}, Styles: []string{"vendor/leaflet/leaflet.css"}},
	{Path: "/try", Name: "try", Title: "Try it", Template: "try.html", Scripts: []string{"js/try.js"}},
}

// ui renders the dashboard's pages.
type ui struct {
	tmpl                      map[string]*template.Template
	demo                      bool
	example, examplePublished string
}

func newUI(demo bool) (*ui, error) {
	u := &ui{tmpl: map[string]*template.Template{}, demo: demo}
	for _, p := range pages {
		t, err := template.New("layout.html").ParseFS(templateFS, "web/templates/layout.html", "web/templates/"+p.Template)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", p.Template, err)
		}
		u.tmpl[p.Name] = t
	}
	return u, nil
}

type pageData struct {
	Page  page
	Pages []page
	Demo  bool
	// Example is the text of Try it's example button.
	Example, ExamplePublished string
}

func (u *ui) register(mux *http.ServeMux) {
	for _, p := range pages {
		mux.HandleFunc("GET "+p.Path+exact(p.Path), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			if err := u.tmpl[p.Name].Execute(w, pageData{Page: p, Pages: pages, Demo: u.demo, Example: u.example, ExamplePublished: u.examplePublished}); err != nil {
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		})
	}
	static, _ := fs.Sub(staticFS, "web/static")
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
}

// exact makes "/" match only the root, not every path.
func exact(path string) string {
	if strings.HasSuffix(path, "/") {
		return "{$}"
	}
	return ""
}
