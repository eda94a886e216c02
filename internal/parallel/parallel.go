// Package parallel runs independent work on all cores.
package parallel

import (
	"runtime"
	"sync"
)

// For calls f(i) for every i in 0..n-1, spread over GOMAXPROCS goroutines, and returns when all are done. f must
// be safe to call concurrently; callers write results into slots indexed by i so that the outcome does not depend
// on scheduling.
func For(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	wg.Wait()
}
