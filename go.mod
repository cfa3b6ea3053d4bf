module github.com/unkg/unkg

go 1.24
