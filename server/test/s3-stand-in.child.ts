// The S3 stand-in in a process of its own (startS3StandIn({ ownProcess: true })): for tests that kill
// app instances mid-upload. s3rver then removes the aborted upload's temporary file and may fail on it
// asynchronously (ENOENT on `…_S3rver_object`), outside any request; in the test's own process that
// would count as an error of the test run, here it is ignored as what it is — the stand-in's cleanup.
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2) as [string, string];
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT' && String(error.path ?? '').endsWith('_S3rver_object')) return;
  console.error(error);
  process.exit(1);
});
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory,
  silent: true,
  configureBuckets: [{ name: bucket }],
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
