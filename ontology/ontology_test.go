package ontology

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/internal/sharedtest"
)

func load(t *testing.T) *Ontology {
	t.Helper()
	o, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestCAMEO(t *testing.T) {
	o := load(t)
	tests := []struct {
		code      string
		root      string
		base      string
		goldstein float64
		quad      int
		name      string
	}{
		{"138", "13", "138", -7.0, 3, "Threaten to use military force, not specified below"},
		{"01", "01", "01", 0, 1, "Make public statement"},
		{"0231", "02", "023", 3.4, 1, "Appeal for economic aid"},
		{"061", "06", "061", 6.4, 2, "Cooperate economically"},
		{"190", "19", "190", -10, 4, "Use conventional military force, not specified below"},
		{"2042", "20", "204", -10, 4, "Detonate nuclear weapons"},
	}
	for _, tt := range tests {
		c, ok := o.CAMEO(tt.code)
		if !ok {
			t.Errorf("CAMEO(%q) not found", tt.code)
			continue
		}
		if c.Root != tt.root || c.Base != tt.base || c.Goldstein != tt.goldstein || c.QuadClass != tt.quad || c.Name != tt.name {
			t.Errorf("CAMEO(%q) = %+v, want root %s base %s goldstein %v quad %d name %q", tt.code, c, tt.root, tt.base, tt.goldstein, tt.quad, tt.name)
		}
	}
	if _, ok := o.CAMEO("999"); ok {
		t.Error("CAMEO(999) found")
	}
	if n := len(o.CAMEOCodes()); n < 300 {
		t.Errorf("only %d CAMEO codes", n)
	}
}

func TestQuadClassByRoot(t *testing.T) {
	o := load(t)
	for _, code := range o.CAMEOCodes() {
		c, _ := o.CAMEO(code)
		r, _ := strconv.Atoi(c.Root)
		want := 4
		switch {
		case r <= 5:
			want = 1
		case r <= 8:
			want = 2
		case r <= 13:
			want = 3
		}
		if c.QuadClass != want {
			t.Errorf("%s: quad %d, want %d", code, c.QuadClass, want)
		}
	}
}

func TestPLOVERFor(t *testing.T) {
	o := load(t)
	tests := []struct {
		code string
		ok   bool
		typ  string
		mode string
		ctx  string
	}{
		{"138", true, "THREATEN", "violence", "military"},
		{"010", false, "", "", ""},
		{"0233", true, "REQUEST", "assist", "humanitarian"},
		{"1042", true, "REQUEST", "change", "executive"},
		{"042", true, "CONSULT", "visit", ""},
		{"091", true, "ACCUSE", "investigate", "crime;corruption"},
		{"186", true, "ASSAULT", "targeted", ""},
		{"195", true, "ASSAULT", "aerial", "military"},
		{"163", true, "SANCTION", "discontinue", "economic"},
		{"0874", true, "RETREAT", "disarm", "military"},
		{"14", true, "PROTEST", "", ""},
		{"1411", true, "PROTEST", "demo", "executive"},
	}
	for _, tt := range tests {
		p, ok := o.PLOVERFor(tt.code)
		if ok != tt.ok || p.Type != tt.typ || p.Mode != tt.mode || strings.Join(p.Context, ";") != tt.ctx {
			t.Errorf("PLOVERFor(%q) = %+v, %v; want %s/%s/%s, %v", tt.code, p, ok, tt.typ, tt.mode, tt.ctx, tt.ok)
		}
	}
	// every CAMEO code outside root 01 has a PLOVER type
	for _, code := range o.CAMEOCodes() {
		if _, ok := o.PLOVERFor(code); !ok && !strings.HasPrefix(code, "01") {
			t.Errorf("no PLOVER coding for %s", code)
		}
	}
}

func TestPLOVERType(t *testing.T) {
	o := load(t)
	th, ok := o.PLOVERType("THREATEN")
	if !ok || th.Score != -3.5 || th.QuadClass != 3 || th.Definition == "" || len(th.Modes) != 6 {
		t.Errorf("PLOVERType(THREATEN) = %+v, %v", th, ok)
	}
	if len(o.PLOVERTypes()) != 16 {
		t.Errorf("%d PLOVER types, want 16", len(o.PLOVERTypes()))
	}
	if s, _ := o.PLOVERScore(PLOVERCode{Type: "ASSAULT", Mode: "aerial"}); s != -9.5 {
		t.Errorf("score ASSAULT/aerial = %v", s)
	}
	if s, _ := o.PLOVERScore(PLOVERCode{Type: "PROTEST", Mode: "vandalize"}); s != -5 {
		t.Errorf("score PROTEST/vandalize = %v, want the type's -5", s)
	}
	if _, ok := o.PLOVERContext("cbrn"); !ok {
		t.Error("no context cbrn")
	}
}

func TestPhoenixQuadClass(t *testing.T) {
	for root, want := range map[string]int{"01": 0, "02": 0, "03": 1, "08": 2, "13": 3, "16": 3, "14": 4, "15": 4, "20": 4} {
		if got := PhoenixQuadClass(root); got != want {
			t.Errorf("PhoenixQuadClass(%s) = %d, want %d", root, got, want)
		}
	}
}

// TestAgainstReference checks the generated table against GDELT's Goldstein
// file in ../shared (skipped without it).
func TestAgainstReference(t *testing.T) {
	path := sharedtest.Path(t, "ref", "cameo", "CAMEO.goldsteinscale.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	o := load(t)
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	n := 0
	for sc.Scan() {
		code, score, _ := strings.Cut(sc.Text(), "\t")
		g, _ := strconv.ParseFloat(strings.TrimSpace(score), 64)
		c, ok := o.CAMEO(code)
		if !ok || c.Goldstein != g {
			t.Errorf("%s: got %+v, want Goldstein %v", code, c, g)
		}
		n++
	}
	if n != len(o.CAMEOCodes()) {
		t.Errorf("reference has %d codes, table %d", n, len(o.CAMEOCodes()))
	}
}
