package server

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
	"github.com/petrel-events/petrel/ingest"
)

// ErrBadRequest marks errors a Store reports for bad parameters (such as a
// malformed cursor); the API answers them with 400.
var ErrBadRequest = errors.New("bad request")

// Limits on query cost.
const (
	defaultPageSize = 50
	maxPageSize     = 500
	maxActors       = 500
	maxEdges        = 500
	maxPlaces       = 2000
)

// httpError is an error with the status and message the client sees.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

type apiHandler struct {
	s *Server
	h func(http.ResponseWriter, *http.Request) error
}

func (a apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := a.h(w, r)
	if err == nil {
		return
	}
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
	case errors.As(err, &mbe):
		he = &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit)}
	case errors.Is(err, ErrNotFound):
		he = &httpError{http.StatusNotFound, "not found"}
	case errors.Is(err, ErrBadRequest):
		he = &httpError{http.StatusBadRequest, err.Error()}
	case errors.Is(err, context.DeadlineExceeded):
		he = &httpError{http.StatusServiceUnavailable, "query took too long; narrow the filters"}
	case errors.Is(err, context.Canceled):
		return // the client went away
	default:
		// Never show internal errors to clients; log them.
		a.s.log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
		he = &httpError{http.StatusInternalServerError, "internal error"}
	}
	writeError(w, he)
}

func writeError(w http.ResponseWriter, err error) {
	he, ok := err.(*httpError)
	if !ok {
		he = &httpError{http.StatusInternalServerError, "internal error"}
	}
	_ = writeJSON(w, he.status, map[string]any{"error": map[string]any{"status": he.status, "message": he.msg}})
}

// writeCachedJSON answers an aggregate request from the cache when the
// store is unchanged since the answer was computed; compute runs
// otherwise.
func (s *Server) writeCachedJSON(w http.ResponseWriter, r *http.Request, compute func() (any, error)) error {
	vs, ok := s.cfg.Store.(Versioned)
	if !ok {
		v, err := compute()
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, v)
	}
	ver, err := vs.Version(r.Context())
	if err != nil {
		return err
	}
	key := ver + " " + r.URL.Path + "?" + r.URL.Query().Encode()
	if body, ok := s.cache.get(key); ok {
		w.Header().Set("X-Cache", "hit")
		return writeBody(w, http.StatusOK, body)
	}
	v, err := compute()
	if err != nil {
		return err
	}
	body, err := marshal(v)
	if err != nil {
		return err
	}
	s.cache.put(key, body)
	return writeBody(w, http.StatusOK, body)
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeBody(w http.ResponseWriter, status int, body []byte) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := w.Write(body)
	return err
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func (s *Server) store() (Store, error) {
	if s.cfg.Store == nil {
		return nil, errorf(http.StatusServiceUnavailable, "no event store: start petrel serve with --db or --demo")
	}
	return s.cfg.Store, nil
}

var (
	codeRe  = regexp.MustCompile(`^[A-Za-z0-9]{0,30}$`)
	cameoRe = regexp.MustCompile(`^[0-9]{0,4}$`)
	typeRe  = regexp.MustCompile(`^[A-Za-z_]{0,30}$`)
)

// parseDate accepts YYYY, YYYY-MM or YYYY-MM-DD.
func parseDate(name, v string, end bool) (string, error) {
	if v == "" {
		return "", nil
	}
	for _, l := range []string{time.DateOnly, "2006-01", "2006"} {
		t, err := time.Parse(l, v)
		if err != nil {
			continue
		}
		if end {
			switch l {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t.Format(time.DateOnly), nil
	}
	return "", errorf(http.StatusBadRequest, "%s: want a date YYYY-MM-DD, got %q", name, v)
}

// parseFilter reads the filter parameters of a request.
func parseFilter(q map[string][]string) (Filter, error) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	var f Filter
	var err error
	if f.From, err = parseDate("from", get("from"), false); err != nil {
		return f, err
	}
	if f.To, err = parseDate("to", get("to"), true); err != nil {
		return f, err
	}
	f.Actor, f.Recipient = strings.ToUpper(get("actor")), strings.ToUpper(get("recipient"))
	if !codeRe.MatchString(f.Actor) || !codeRe.MatchString(f.Recipient) {
		return f, errorf(http.StatusBadRequest, "actor, recipient: want a CAMEO actor code or prefix such as RUS or USAGOV")
	}
	f.CAMEO = get("cameo")
	if !cameoRe.MatchString(f.CAMEO) {
		return f, errorf(http.StatusBadRequest, "cameo: want a CAMEO code or root such as 13 or 138")
	}
	f.Type = strings.ToUpper(get("type"))
	if !typeRe.MatchString(f.Type) {
		return f, errorf(http.StatusBadRequest, "type: want a PLOVER event type such as THREATEN")
	}
	if v := get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return f, errorf(http.StatusBadRequest, "quad: want a QuadClass 1 to 4")
		}
		f.QuadClass = n
	}
	f.Country = strings.ToUpper(get("country"))
	if len(f.Country) > 3 || !codeRe.MatchString(f.Country) {
		return f, errorf(http.StatusBadRequest, "country: want an ISO 3166 alpha-3 code such as UKR")
	}
	f.Place = get("place")
	f.Text = get("q")
	if len(f.Place) > 200 || len(f.Text) > 200 {
		return f, errorf(http.StatusBadRequest, "place, q: at most 200 bytes")
	}
	switch get("negated") {
	case "", "0", "false":
	case "1", "true":
		f.KeepNegated = true
	default:
		return f, errorf(http.StatusBadRequest, "negated: want true or false")
	}
	return f, nil
}

func intParam(r *http.Request, name string, def, maxV int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, errorf(http.StatusBadRequest, "%s: want a positive integer", name)
	}
	return min(n, maxV), nil
}

func (s *Server) queryCtx(r *http.Request) (context.Context, context.CancelFunc) {
	if r.Context().Value(warmKey{}) != nil {
		return context.WithTimeout(r.Context(), 10*time.Minute)
	}
	return context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	limit, err := intParam(r, "limit", defaultPageSize, maxPageSize)
	if err != nil {
		return err
	}
	cursor := r.URL.Query().Get("cursor")
	if len(cursor) > 512 {
		return errorf(http.StatusBadRequest, "cursor: too long")
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	page, err := st.Events(ctx, EventQuery{Filter: f, Cursor: cursor, Limit: limit})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, page)
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	d, err := st.Event(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	limit, err := intParam(r, "limit", 50, maxActors)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	return s.writeCachedJSON(w, r, func() (any, error) {
		as, err := st.Actors(ctx, f, limit)
		if err != nil {
			return nil, err
		}
		for i := range as {
			as[i].Name = s.label(as[i].Code, as[i].Name)
		}
		return map[string]any{"actors": nonNil(as)}, nil
	})
}

// handleActor returns an actor's counts and its timeline.
func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	code := strings.ToUpper(r.PathValue("code"))
	if code == "" || !codeRe.MatchString(code) {
		return errorf(http.StatusBadRequest, "want a CAMEO actor code")
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	iv, err := intervalParam(r)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	f.Actor, f.Recipient = code, ""
	as, err := st.Actors(ctx, f, maxActors)
	if err != nil {
		return err
	}
	var stat *ActorStat
	for i := range as {
		if as[i].Code == code {
			stat = &as[i]
			stat.Name = s.label(code, stat.Name)
		}
	}
	if stat == nil {
		return fmt.Errorf("actor %s: %w", code, ErrNotFound)
	}
	series, err := st.Series(ctx, f, iv)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"actor": stat, "interval": iv, "series": nonNil(series)})
}

func intervalParam(r *http.Request) (Interval, error) {
	switch iv := Interval(r.URL.Query().Get("interval")); iv {
	case "":
		return Day, nil
	case Day, Week, Month:
		return iv, nil
	}
	return "", errorf(http.StatusBadRequest, "interval: want day, week or month")
}

func (s *Server) handleSeries(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	iv, err := intervalParam(r)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	return s.writeCachedJSON(w, r, func() (any, error) {
		series, err := st.Series(ctx, f, iv)
		if err != nil {
			return nil, err
		}
		return map[string]any{"interval": iv, "series": nonNil(series)}, nil
	})
}

func (s *Server) handleNetwork(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	limit, err := intParam(r, "limit", 100, maxEdges)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	return s.writeCachedJSON(w, r, func() (any, error) {
		n, err := st.Network(ctx, f, limit)
		if err != nil {
			return nil, err
		}
		for i := range n.Nodes {
			n.Nodes[i].Label = s.label(n.Nodes[i].ID, n.Nodes[i].Label)
		}
		return n, nil
	})
}

func (s *Server) handleMap(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store()
	if err != nil {
		return err
	}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	limit, err := intParam(r, "limit", 500, maxPlaces)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryCtx(r)
	defer cancel()
	return s.writeCachedJSON(w, r, func() (any, error) {
		return st.Map(ctx, f, limit)
	})
}

// postedDoc is the JSON body of POST /api/v1/annotate and /documents.
type postedDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// readDoc reads a posted document: JSON (postedDoc) or plain text, with
// the publication date in the "published" query parameter.
func readDoc(r *http.Request) (*doc.Doc, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	var p postedDoc
	switch ct {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			return nil, errorf(http.StatusBadRequest, "bad JSON body: %v", err)
		}
	case "text/plain", "":
		p.Text = string(body)
		p.Published = r.URL.Query().Get("published")
		p.Title = r.URL.Query().Get("title")
	default:
		return nil, errorf(http.StatusUnsupportedMediaType, "want application/json or text/plain")
	}
	if !utf8.ValidString(p.Text) {
		return nil, errorf(http.StatusBadRequest, "text is not valid UTF-8")
	}
	text := strings.ReplaceAll(strings.ReplaceAll(p.Text, "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, errorf(http.StatusBadRequest, "empty text")
	}
	d := &doc.Doc{ID: p.ID, Text: text, Title: p.Title, URL: strings.TrimSpace(p.URL), Source: p.Source}
	if p.Published != "" {
		t, err := doc.ParseTime(p.Published)
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "published: %v", err)
		}
		d.Published = t
	}
	if d.ID == "" {
		d.ID = ingest.HashID(cmp.Or(d.URL, d.Text))
	}
	if d.Source == "" {
		d.Source = ingest.Host(d.URL)
	}
	return d, nil
}

func (s *Server) annotate(ctx context.Context, d *doc.Doc) error {
	if s.cfg.Annotator == nil {
		return errorf(http.StatusServiceUnavailable, "no annotator configured")
	}
	select {
	case s.annotateSem <- struct{}{}:
		defer func() { <-s.annotateSem }()
	case <-ctx.Done():
		return errorf(http.StatusServiceUnavailable, "busy; try again")
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AnnotateTimeout)
	defer cancel()
	if err := s.cfg.Annotator.Process(ctx, d); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return errorf(http.StatusServiceUnavailable, "coding took too long; send a shorter text")
		}
		return fmt.Errorf("annotate: %w", err)
	}
	return nil
}

// handleAnnotate codes a posted text and returns it with every layer
// ("petrel.doc/1"), without storing it.
func (s *Server) handleAnnotate(w http.ResponseWriter, r *http.Request) error {
	d, err := readDoc(r)
	if err != nil {
		return err
	}
	if err := s.annotate(r.Context(), d); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := export.NewDocWriter(&buf, false).Write(d); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, err = w.Write(buf.Bytes())
	return err
}

// handleDocuments codes and stores a posted document; it needs the ingest
// token.
func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) error {
	wr, ok := s.cfg.Store.(Writer)
	if s.cfg.IngestToken == "" || !ok {
		return errorf(http.StatusForbidden, "read-only server: start petrel serve with --ingest-token to accept documents")
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="petrel"`)
		return errorf(http.StatusUnauthorized, "missing or wrong bearer token")
	}
	d, err := readDoc(r)
	if err != nil {
		return err
	}
	if err := s.annotate(r.Context(), d); err != nil {
		return err
	}
	if err := wr.AddDoc(r.Context(), d); err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, map[string]any{"id": d.ID, "events": len(d.Events)})
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, _ *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openapiJSON)
	return err
}
