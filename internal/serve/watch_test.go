package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/pia-nl/pia"
)

// watching starts a server on a copy of the example site that watches with quiet, and returns it and its folder.
func watching(t *testing.T, quiet time.Duration) (*Server, string) {
	t.Helper()
	dir := copySite(t)
	return watchingSite(t, dir, quiet), dir
}

// watchingSite starts a server on the site in dir that watches with quiet. The site may have errors (s.Err).
func watchingSite(t *testing.T, dir string, quiet time.Duration) *Server {
	t.Helper()
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	startWatch(t, s, quiet)
	time.Sleep(100 * time.Millisecond) // let the watcher add its folders
	return s
}

// waitErr waits until the server's error is there (want) or gone (!want); what says what the test waits for.
func waitErr(t *testing.T, s *Server, want bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); (s.Err() != nil) != want; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: error %v after generation %d", what, s.Err(), s.Generation())
		}
	}
}

// setLogo makes the copy of the example site in dir name logo as its logo in pia.toml.
func setLogo(t *testing.T, dir, logo string) {
	t.Helper()
	cfg := filepath.Join(dir, "pia.toml")
	b, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^logo = .*$`)
	if !re.Match(b) {
		t.Fatal("the example's pia.toml has no logo")
	}
	if err := os.WriteFile(cfg, re.ReplaceAll(b, []byte(fmt.Sprintf("logo = %q", logo))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// linkElsewhere moves the folder name of the site in dir elsewhere and puts a link to it in its place; it skips the
// test where links cannot be made.
func linkElsewhere(t *testing.T, dir, name string) string {
	t.Helper()
	elsewhere := filepath.Join(t.TempDir(), name)
	if err := os.Rename(filepath.Join(dir, name), elsewhere); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(dir, name)); err != nil {
		t.Skip("no links here:", err)
	}
	return elsewhere
}

// startWatch runs s.Watch with quiet until the test ends.
func startWatch(t *testing.T, s *Server, quiet time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := s.Watch(ctx, quiet); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
}

// A burst of changes that does not stop (a long checkout) is rebuilt after at most a second, not when it ends.
func TestBurstWaitsAtMostASecond(t *testing.T) {
	s, dir := watching(t, 200*time.Millisecond)
	file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var rebuilt time.Duration
	for time.Since(start) < 3*time.Second {
		// Written over in place, not truncated first: a file that reads empty waits for the rest of its save
		// (TestTruncateThenWrite), and on a busy machine the check could find it between truncation and write.
		if err := overwrite(file, src); err != nil {
			t.Fatal(err)
		}
		if rebuilt == 0 && s.Generation() > 0 {
			rebuilt = time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// About a second (see TestBurstTiming), and without the limit none while the burst lasts.
	if rebuilt == 0 {
		t.Error("no rebuild during a burst of three seconds")
	}
}

// overwrite writes b over the start of the file at p without truncating it first.
func overwrite(p string, b []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(b, 0)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// TestBurstTiming: a burst is rebuilt when it has been quiet for a while, or a second after its first change.
func TestBurstTiming(t *testing.T) {
	b := burst{quiet: 200 * time.Millisecond}
	t0 := time.Now()
	for _, c := range []struct{ at, want time.Duration }{
		{0, 200 * time.Millisecond}, {100 * time.Millisecond, 200 * time.Millisecond},
		{850 * time.Millisecond, 150 * time.Millisecond}, {990 * time.Millisecond, 10 * time.Millisecond},
		{1200 * time.Millisecond, 0},
	} {
		if got := b.change(t0.Add(c.at)); got != c.want {
			t.Errorf("a change %v into the burst waits %v, want %v", c.at, got, c.want)
		}
	}
	b.end()
	if got := b.change(t0.Add(2 * time.Second)); got != 200*time.Millisecond {
		t.Errorf("the first change of the next burst waits %v", got)
	}
}

// events collects the reload events of the server's stream.
func events(t *testing.T, s *Server) <-chan string {
	t.Helper()
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/_pia/herlaad", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	out := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if ev, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				out <- ev
			}
		}
	}()
	return out
}

// count returns how many events arrive within d.
func count(evs <-chan string, d time.Duration) int {
	n := 0
	for deadline := time.After(d); ; {
		select {
		case <-evs:
			n++
		case <-deadline:
			return n
		}
	}
}

// An editor that empties a file and writes it a moment later (longer than the quiet time) does not put an empty
// verwerking on the site in between.
func TestTruncateThenWrite(t *testing.T) {
	s, dir := watching(t, 40*time.Millisecond)
	evs := events(t, s)
	file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	setNaam(t, file, "Jeugdhulp voor het opslaan")
	waitGen(t, s, 0)
	if n := count(evs, 200*time.Millisecond); n != 1 {
		t.Fatalf("%d events for one save", n)
	}
	gen := s.Generation()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	if g := s.Generation(); g != gen {
		t.Error("the emptied file was rebuilt before it was written")
	}
	if _, err := f.Write([]byte(strings.Replace(string(b), "Jeugdhulp voor het opslaan", "Jeugdhulp na het opslaan", 1))); err != nil {
		t.Fatal(err)
	}
	f.Close()
	waitGen(t, s, gen)
	if n := count(evs, 700*time.Millisecond); n != 1 {
		t.Errorf("%d reload events for one save, want 1", n)
	}
	if g := s.Generation(); g != gen+1 {
		t.Errorf("%d rebuilds for one save", g-gen)
	}
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !strings.Contains(string(b), "Jeugdhulp na het opslaan") {
		t.Error("the saved file was not rebuilt")
	}

	// A file that stays empty is rebuilt, a moment later.
	gen = s.Generation()
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); strings.Contains(string(b), "Jeugdhulp na het opslaan") {
		t.Error("an emptied file was not rebuilt")
	}
}

// A tool that saves by removing the file and writing it anew, a moment later, does not make the verwerking vanish
// in between; a rename comes in one rebuild; a file that stays removed is rebuilt, a moment later.
func TestRemoveThenWrite(t *testing.T) {
	s, dir := watching(t, 40*time.Millisecond)
	vdir := filepath.Join(dir, "content", "verwerkingen")
	file := filepath.Join(vdir, "jeugdwet-toegang.toml")
	// The file as it will be written anew, made beforehand so that only the writing is timed.
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	anew := filepath.Join(t.TempDir(), "jeugdwet-toegang.toml")
	if err := os.WriteFile(anew, b, 0o644); err != nil {
		t.Fatal(err)
	}
	setNaam(t, anew, "Jeugdhulp, opnieuw geschreven")
	if b, err = os.ReadFile(anew); err != nil {
		t.Fatal(err)
	}
	gen := s.Generation()
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	if g := s.Generation(); g != gen {
		t.Error("the removed file was rebuilt before it was written anew")
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	time.Sleep(700 * time.Millisecond)
	if g := s.Generation(); g != gen+1 {
		t.Errorf("%d rebuilds for one save", g-gen)
	}
	if b, ok, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !ok || !strings.Contains(string(b), "Jeugdhulp, opnieuw geschreven") {
		t.Error("the file written anew was not rebuilt")
	}

	// A rename: the old name goes and the new one comes in the same rebuild.
	gen = s.Generation()
	if err := os.Rename(file, filepath.Join(vdir, "jeugd.toml")); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	time.Sleep(700 * time.Millisecond)
	if g := s.Generation(); g != gen+1 {
		t.Errorf("%d rebuilds for one rename", g-gen)
	}
	if _, ok, _ := s.file("verwerkingen/jeugd/index.html"); !ok {
		t.Error("the new name is not served")
	}
	if _, ok, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); ok {
		t.Error("the old name is still served")
	}

	// A file that stays removed.
	gen = s.Generation()
	if err := os.Remove(filepath.Join(vdir, "jeugd.toml")); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	if _, ok, _ := s.file("verwerkingen/jeugd/index.html"); ok {
		t.Error("a removed file is still served")
	}
}

// savedFile is the Jeugdwet questionnaire of a copied example site, for tests that save it broken and whole: its
// text, and its start up to the first "= ", which does not load.
type savedFile struct {
	path        string
	rel         []string // for Rebuild
	whole, half []byte
}

func jeugdFile(t *testing.T, dir string) savedFile {
	t.Helper()
	f := savedFile{path: filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"),
		rel: []string{"content/verwerkingen/jeugdwet-toegang.toml"}}
	b, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	f.whole, f.half = b, b[:bytes.Index(b, []byte(" = "))+3]
	return f
}

// save writes b as the file's content.
func (f savedFile) save(t *testing.T, b []byte) {
	t.Helper()
	if err := os.WriteFile(f.path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// loggedServer serves a copy of the example site with its log kept for the test.
func loggedServer(t *testing.T) (*Server, *lockedLog, string) {
	t.Helper()
	dir := copySite(t)
	log := &lockedLog{}
	s, err := New(Options{Source: dir, Embedded: pia.Embedded(), Log: log})
	if err != nil {
		t.Fatal(err)
	}
	return s, log, dir
}

// A file written in two parts, the first of which does not load, shows no error in between: the pages are not
// told about the failed rebuild when the next one follows at once, and the log does not mention it.
func TestSaveInParts(t *testing.T) {
	s, log, dir := loggedServer(t)
	evs := events(t, s)
	f := jeugdFile(t, dir)
	f.save(t, f.half)
	if sum := s.Rebuild(f.rel); sum.Err == nil {
		t.Fatal("half a file loads")
	}
	time.Sleep(50 * time.Millisecond)
	f.save(t, f.whole)
	if sum := s.Rebuild(f.rel); sum.Err != nil {
		t.Fatal(sum.Err)
	}
	if n := count(evs, failedDelay+300*time.Millisecond); n != 1 {
		t.Errorf("%d reload events, want 1", n)
	}
	if strings.Contains(log.String(), "kan niet bouwen") {
		t.Errorf("log:\n%s", log.String())
	}

	// A file that stays broken is told after a moment.
	f.save(t, f.half)
	s.Rebuild(f.rel)
	if n := count(evs, failedDelay+300*time.Millisecond); n != 1 {
		t.Errorf("%d reload events for a broken file, want 1", n)
	}
	if !strings.Contains(log.String(), "kan niet bouwen") {
		t.Errorf("log:\n%s", log.String())
	}
}

// A tool that writes a broken file again and again, more often than failedDelay, still gets the error shown: the
// wait counts from the first failed rebuild not yet told, not from the last one.
func TestBrokenOverAndOver(t *testing.T) {
	s, log, dir := loggedServer(t)
	evs := events(t, s)
	f := jeugdFile(t, dir)
	f.save(t, f.half)
	told := 0
	for end := time.Now().Add(4 * failedDelay); time.Now().Before(end); {
		if sum := s.Rebuild(f.rel); sum.Err == nil {
			t.Fatal("half a file loads")
		}
		told += count(evs, failedDelay/3)
	}
	if told == 0 {
		t.Errorf("a file broken again every %v never showed its error", failedDelay/3)
	}
	if !strings.Contains(log.String(), "kan niet bouwen") {
		t.Errorf("log:\n%s", log.String())
	}
	// A good save ends the run: the next failure waits again.
	f.save(t, f.whole)
	if sum := s.Rebuild(f.rel); sum.Err != nil {
		t.Fatal(sum.Err)
	}
	count(evs, 50*time.Millisecond)
	f.save(t, f.half)
	s.Rebuild(f.rel)
	if n := count(evs, failedDelay/2); n != 0 {
		t.Errorf("a failure right after a good save was told at once (%d events)", n)
	}
}

// /_pia/stand, which tabs without an event stream ask every second, gives the generation the pages were told
// about: a failed rebuild that a next one may still fix does not make them reload.
func TestStandIsWhatWasTold(t *testing.T) {
	s, _, dir := loggedServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	stand := func() int64 {
		t.Helper()
		code, body := get(t, ts.URL+"/_pia/stand")
		var st struct {
			Generatie int64
			Start     string
		}
		if err := json.Unmarshal([]byte(body), &st); code != http.StatusOK || err != nil || st.Start == "" {
			t.Fatalf("%d %q: %v", code, body, err)
		}
		return st.Generatie
	}
	f := jeugdFile(t, dir)
	setNaam(t, f.path, "Jeugdhulp, nieuw")
	s.Rebuild(f.rel)
	if g := stand(); g != s.Generation() {
		t.Fatalf("stand %d after a good rebuild, generation %d", g, s.Generation())
	}
	told := s.Generation()
	f.save(t, f.half)
	s.Rebuild(f.rel)
	if g := stand(); g != told {
		t.Errorf("stand %d right after a failed rebuild, want %d until it is told", g, told)
	}
	time.Sleep(failedDelay + 200*time.Millisecond)
	if g := stand(); g != s.Generation() || g == told {
		t.Errorf("stand %d once the failure is told, want %d", g, s.Generation())
	}
}

// lockedLog is a log that a test reads while the server writes it.
type lockedLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A questionnaire that is a link to a file elsewhere is rebuilt when that file changes, also when it is saved by
// replacing it.
func TestLinkedQuestionnaire(t *testing.T) {
	shared := filepath.Join(t.TempDir(), "gedeeld")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := copySite(t)
	vdir := filepath.Join(dir, "content", "verwerkingen")
	target := filepath.Join(shared, "jeugd.toml")
	if err := os.Rename(filepath.Join(vdir, "jeugdwet-toegang.toml"), target); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(vdir, "jeugdwet-toegang.toml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil || s.Err() != nil {
		t.Fatal(err, s.Err())
	}
	startWatch(t, s, 40*time.Millisecond)
	time.Sleep(100 * time.Millisecond)

	page := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); strings.Contains(string(b), want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the linked questionnaire's page does not show %q", want)
			}
		}
	}
	setNaam(t, target, "Jeugdhulp, gedeeld bestand")
	page("Jeugdhulp, gedeeld bestand")

	// Saved as editors often do: a new file renamed over the old one.
	b, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(shared, "jeugd.toml.nieuw")
	if err := os.WriteFile(tmp, []byte(strings.Replace(string(b), "Jeugdhulp, gedeeld bestand", "Jeugdhulp, vervangen", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, target); err != nil {
		t.Fatal(err)
	}
	page("Jeugdhulp, vervangen")
}

// When the system drops file events because there were too many at once, what changed is not known: everything is
// read again.
func TestOverflowRebuildsAll(t *testing.T) {
	dir := copySite(t)
	var log lockedLog
	s, err := New(Options{Source: dir, Embedded: pia.Embedded(), Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	watchers := make(chan *fsnotify.Watcher, 1)
	defer func(f func() (*fsnotify.Watcher, error)) { newWatcher = f }(newWatcher)
	newWatcher = func() (*fsnotify.Watcher, error) {
		w, err := fsnotify.NewWatcher()
		watchers <- w
		return w, err
	}
	startWatch(t, s, 40*time.Millisecond)
	w := <-watchers
	time.Sleep(100 * time.Millisecond)
	// A change the watcher does not see, as one of those the system dropped.
	vdir := filepath.Join(dir, "content", "verwerkingen")
	if err := w.Remove(vdir); err != nil {
		t.Fatal(err)
	}
	setNaam(t, filepath.Join(vdir, "jeugdwet-toegang.toml"), "Jeugdhulp, niet gezien")
	time.Sleep(100 * time.Millisecond)
	if s.Generation() != 0 {
		t.Fatal("a rebuild without an event")
	}
	w.Errors <- fsnotify.ErrEventOverflow
	waitGen(t, s, 0)
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !strings.Contains(string(b), "Jeugdhulp, niet gezien") {
		t.Error("after the overflow the site was not read again")
	}
	if !strings.Contains(log.String(), "te veel wijzigingen tegelijk om ze een voor een te volgen — alles opnieuw gebouwd") {
		t.Errorf("log:\n%s", log.String())
	}
	// The folder is watched again.
	gen := s.Generation()
	setNaam(t, filepath.Join(vdir, "jeugdwet-toegang.toml"), "Jeugdhulp, weer gezien")
	waitGen(t, s, gen)
}

// A file saved while serve starts (after it read the site, before it watched it) is rebuilt.
func TestChangeWhileStarting(t *testing.T) {
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Jeugdhulp, tijdens het starten")
	startWatch(t, s, 40*time.Millisecond)
	waitGen(t, s, 0)
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !strings.Contains(string(b), "Jeugdhulp, tijdens het starten") {
		t.Error("the file saved while serve started was not rebuilt")
	}
	if s.Generation() != 1 {
		t.Errorf("%d rebuilds", s.Generation())
	}
}

// A file put back from an older copy while serve starts (mv of a backup, cp -p, rsync -a) has a time before the
// start, but not the time it had: it is rebuilt.
func TestOlderCopyWhileStarting(t *testing.T) {
	dir := copySite(t)
	file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	backup := filepath.Join(t.TempDir(), "jeugd.toml")
	old := time.Now().Add(-48 * time.Hour)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(backup, b, 0o644); err != nil {
		t.Fatal(err)
	}
	setNaam(t, backup, "Jeugdhulp, uit de reservekopie")
	if err := os.Chtimes(backup, old, old); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(backup, file); err != nil {
		t.Fatal(err)
	}
	startWatch(t, s, 40*time.Millisecond)
	waitGen(t, s, 0)
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !strings.Contains(string(b), "Jeugdhulp, uit de reservekopie") {
		t.Error("the copy put back while serve started was not rebuilt")
	}
}

// Files removed or renamed while serve starts raise no event, and a renamed file keeps its old time: both are
// seen when the watching begins.
func TestRemoveAndRenameWhileStarting(t *testing.T) {
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	vdir := filepath.Join(dir, "content", "verwerkingen")
	if err := os.Remove(filepath.Join(vdir, "schuldhulpverlening.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(vdir, "jeugdwet-toegang.toml"), filepath.Join(vdir, "jeugd-hernoemd.toml")); err != nil {
		t.Fatal(err)
	}
	startWatch(t, s, 40*time.Millisecond)
	waitGen(t, s, 0)
	for page, want := range map[string]bool{
		"verwerkingen/schuldhulpverlening/index.html":     false,
		"verwerkingen/jeugdwet-toegang/index.html":        false,
		"verwerkingen/jeugd-hernoemd/index.html":          true,
		"verwerkingen/wmo-maatwerkvoorziening/index.html": true,
	} {
		if _, ok, _ := s.file(page); ok != want {
			t.Errorf("%s served: %v, want %v", page, ok, want)
		}
	}
	if s.Generation() != 1 {
		t.Errorf("%d rebuilds", s.Generation())
	}
}

// A folder that cannot be watched is told in the log, once for all such folders, with what to do about the limit
// on watched folders; the others are watched.
func TestFolderThatCannotBeWatched(t *testing.T) {
	dir := copySite(t)
	var log lockedLog
	s, err := New(Options{Source: dir, Embedded: pia.Embedded(), Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func(*fsnotify.Watcher, string) error) { addWatch = f }(addWatch)
	addWatch = func(w *fsnotify.Watcher, p string) error {
		if strings.HasPrefix(filepath.ToSlash(p), filepath.ToSlash(filepath.Join(dir, "static"))) {
			return syscall.ENOSPC
		}
		return w.Add(p)
	}
	startWatch(t, s, 40*time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	out := log.String()
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, "pia kan de map "+filepath.Join(dir, "static")) ||
		!strings.Contains(out, "fs.inotify.max_user_watches") || strings.Contains(out, "schijf is vol") {
		t.Errorf("log:\n%s", out)
	}
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Jeugdhulp, gevolgd")
	waitGen(t, s, 0)
}

// TestSiteFilesKeepWhatTheBuildCopies: the files noted at the start, to see what changed while serve started, leave
// out editors' temporary files where the loader reads by name, and keep them in static/, which the build copies.
func TestSiteFilesKeepWhatTheBuildCopies(t *testing.T) {
	dir := copySite(t)
	for _, f := range []string{"static/archief.bak", "content/verwerkingen/wmo.toml~", "themes/eigen/assets/a.css.bak"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := siteFiles(dir)
	if _, ok := files["static/archief.bak"]; !ok {
		t.Error("static/archief.bak is left out")
	}
	if _, ok := files["themes/eigen/assets/a.css.bak"]; !ok {
		t.Error("themes/eigen/assets/a.css.bak is left out")
	}
	if _, ok := files["content/verwerkingen/wmo.toml~"]; ok {
		t.Error("content/verwerkingen/wmo.toml~ is noted")
	}
	if _, ok := files["content/verwerkingen/wmo-maatwerkvoorziening.toml"]; !ok {
		t.Error("a questionnaire is left out")
	}
}

// TestLogoOutsideTheWatchedFolders: the loader takes a logo anywhere in the site; one in a folder of its own is
// watched too, so that a new logo shows, and a removed one is reported, without restarting serve.
func TestLogoOutsideTheWatchedFolders(t *testing.T) {
	dir := copySite(t)
	setLogo(t, dir, "beeld/logo.svg")
	logo := filepath.Join(dir, "beeld", "logo.svg")
	svg := func(label string) string {
		return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>` + label + `</title></svg>`
	}
	writeFile(t, logo, svg("eerste"))
	s := watchingSite(t, dir, 40*time.Millisecond)
	if s.Err() != nil {
		t.Fatal(s.Err())
	}
	if got, _, _ := s.file("beeld/logo.svg"); !strings.Contains(string(got), "eerste") {
		t.Fatalf("the logo served: %q", got)
	}
	writeFile(t, logo, svg("tweede"))
	waitGen(t, s, 0)
	if got, _, _ := s.file("beeld/logo.svg"); !strings.Contains(string(got), "tweede") {
		t.Errorf("after the change the logo served is %q", got)
	}
	if err := os.Remove(logo); err != nil {
		t.Fatal(err)
	}
	waitErr(t, s, true, "a removed logo is not reported")
	if !strings.Contains(s.Err().Error(), "beeld/logo.svg") {
		t.Errorf("the error does not name the logo: %v", s.Err())
	}
	// The folder removed and made again, with the logo in it: the site builds again.
	if err := os.RemoveAll(filepath.Dir(logo)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	writeFile(t, logo, svg("derde"))
	waitErr(t, s, false, "the logo put back in a folder made again is not seen")
	if got, _, _ := s.file("beeld/logo.svg"); !strings.Contains(string(got), "derde") {
		t.Errorf("the logo served is %q", got)
	}
}

// TestLogoMissingAtTheStart: a site whose logo, kept outside static/, is missing when serve starts does not load;
// the logo's folder is watched all the same, so that putting the logo there builds the site.
func TestLogoMissingAtTheStart(t *testing.T) {
	dir := copySite(t)
	setLogo(t, dir, "beeld/logo.svg")
	if err := os.MkdirAll(filepath.Join(dir, "beeld"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := watchingSite(t, dir, 40*time.Millisecond)
	if s.Err() == nil {
		t.Fatal("a site without its logo loaded")
	}
	writeFile(t, filepath.Join(dir, "beeld", "logo.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`)
	waitErr(t, s, false, "the logo put in place is not seen")
}

// TestLinkedSourceFolder: content/ (or themes/, or pia-templates/) may be a link to a folder elsewhere, which the
// loader reads; a change in it is seen, under the site's own names.
func TestLinkedSourceFolder(t *testing.T) {
	dir := copySite(t)
	elsewhere := linkElsewhere(t, dir, "content")
	s := watchingSite(t, dir, 40*time.Millisecond)
	if s.Err() != nil {
		t.Fatal(s.Err())
	}
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Jeugdhulp, via de koppeling")
	waitGen(t, s, 0)
	if b, _, _ := s.file("verwerkingen/jeugdwet-toegang/index.html"); !strings.Contains(string(b), "Jeugdhulp, via de koppeling") {
		t.Error("the change in the linked content/ was not rebuilt")
	}
	gen := s.Generation()
	src, err := os.ReadFile(filepath.Join(elsewhere, "verwerkingen", "schuldhulpverlening.toml"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(elsewhere, "verwerkingen", "shv-nieuw.toml"), string(src))
	waitGen(t, s, gen)
	if _, ok, _ := s.file("verwerkingen/shv-nieuw/index.html"); !ok {
		t.Error("a questionnaire new in the linked content/ is not served")
	}
}

// TestSourceFolderLinkedInWhileServing: a themes/ folder that becomes a link to a folder elsewhere while serve runs
// is followed from then on, as one that was a link at the start.
func TestSourceFolderLinkedInWhileServing(t *testing.T) {
	s, dir := watching(t, 40*time.Millisecond)
	elsewhere := filepath.Join(t.TempDir(), "themas")
	writeFile(t, filepath.Join(elsewhere, "default", "assets", "extra.css"), "/* eerste */")
	gen := s.Generation()
	if err := os.Symlink(elsewhere, filepath.Join(dir, "themes")); err != nil {
		t.Skip("no links here:", err)
	}
	waitGen(t, s, gen)
	if got, _, _ := s.file("_pia/extra.css"); !strings.Contains(string(got), "eerste") {
		t.Fatalf("the linked theme's asset: %q", got)
	}
	gen = s.Generation()
	writeFile(t, filepath.Join(elsewhere, "default", "assets", "extra.css"), "/* tweede */")
	waitGen(t, s, gen)
	if got, _, _ := s.file("_pia/extra.css"); !strings.Contains(string(got), "tweede") {
		t.Errorf("a change in the linked theme is not served: %q", got)
	}
}
