package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

func manyDocs(prefix string, n int) []*doc.Doc {
	var out []*doc.Doc
	for i := range n {
		out = append(out, testDoc(fmt.Sprintf("%s-%d", prefix, i), "", "o.example",
			fmt.Sprintf("%s %d: %s", prefix, i, strings.Repeat(fmt.Sprintf("word%d ", i), 40)), "2025-05-01",
			testEvent(fmt.Sprintf("%s-%d-1", prefix, i), "2025-05-01", "USAGOV", "CHNGOV", fmt.Sprintf("%03d", 10+i%150), 1, 1, "")))
	}
	return out
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, path, Options{BusyTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Another writer holds the lock.
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	docs := manyDocs("a", 3)
	_, err = s.PutDocuments(ctx, docs)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), "another") {
		t.Errorf("unclear message: %v", err)
	}
	conn.ExecContext(ctx, "ROLLBACK")
	conn.Close()
	// Nothing was lost: the same batch goes in once the lock is gone.
	if _, err := s.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Documents != 3 {
		t.Errorf("stats %+v", st)
	}
}

func TestCorrupt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		name    string
		prepare func(path string) error
	}{
		{"garbage", func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("not a database\n", 500)), 0o644) }},
		{"damaged pages", func(p string) error {
			s, err := Open(ctx, p, Options{})
			if err != nil {
				return err
			}
			if _, err := s.PutDocuments(ctx, manyDocs("d", 50)); err != nil {
				return err
			}
			s.Close()
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for i := 4096 * 2; i < len(b)-100; i += 4096 {
				copy(b[i:], "scribbled over by a faulty disk")
			}
			return os.WriteFile(p, b, 0o644)
		}},
		{"someone else's database", func(p string) error {
			db, err := sql.Open("sqlite", "file:"+p)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = db.Exec("CREATE TABLE x (a INTEGER)")
			return err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".db")
			if err := tc.prepare(p); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(p)
			s, err := Open(ctx, p, Options{})
			if err == nil {
				// Damaged pages are found when read, or by Check.
				err = s.Check(ctx)
				if _, qerr := s.Events(ctx, Query{Limit: -1}); !errors.Is(qerr, ErrCorrupt) {
					t.Errorf("reading the damaged events: %v, want ErrCorrupt", qerr)
				}
				s.Close()
			}
			if err == nil {
				t.Fatal("no error on a corrupt file")
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), p) {
				t.Errorf("err = %v, want ErrCorrupt naming the file", err)
			}
			if after, _ := os.ReadFile(p); string(after) != string(before) {
				t.Error("Open changed the corrupt file")
			}
		})
	}
}

func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, path, Options{MaxPages: 60})
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	var full error
	for i := range 100 {
		batch := manyDocs(fmt.Sprint("b", i), 5)
		if _, err := s.PutDocuments(ctx, batch); err != nil {
			full = err
			break
		}
		stored += len(batch)
	}
	if !errors.Is(full, ErrFull) {
		t.Fatalf("err = %v, want ErrFull", full)
	}
	if !strings.Contains(full.Error(), "rolled back") {
		t.Errorf("unclear message: %v", full)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int(st.Documents) != stored {
		t.Errorf("%d documents after the full disk, want the %d of the batches that succeeded", st.Documents, stored)
	}
	s.Close()
	// With space again the run goes on from where it stopped.
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ps, err := s.PutDocuments(ctx, manyDocs(fmt.Sprint("b", stored/5), 5))
	if err != nil || ps.Documents != 5 {
		t.Fatalf("after freeing space: %+v %v", ps, err)
	}
}

func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutDocuments(ctx, manyDocs("n", 2)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, ro := range []bool{false, true} {
		_, err = Open(ctx, path, Options{ReadOnly: ro})
		if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), "99") {
			t.Errorf("read-only %v: err = %v, want ErrNewerSchema naming version 99", ro, err)
		}
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	for range 2 {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutDocuments(ctx, manyDocs("r", 3)); err != nil {
			t.Fatal(err)
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 3 || st.SchemaVersion != len(migrations) {
			t.Errorf("stats %+v", st)
		}
		s.Close()
	}
}
