// Where the whole dataset lives as one JSON file: the build writes it into the page's static assets
// (web/dist), and the Worker reads it from there through its ASSETS binding. It is public, like the API.
export const datasetFile = '/data/dataset.json';
