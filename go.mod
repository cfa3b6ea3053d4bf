module github.com/unkg/unkg

go 1.26.0

require (
	github.com/BobuSumisu/aho-corasick v1.0.3 // indirect
	golang.org/x/text v0.43.0 // indirect
)
