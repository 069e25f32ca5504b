// The jsii kernel (../lib/program.js) in this process, without jsii's relay process.
//
// The kernel reads and writes its protocol on file descriptor 3, which the relay connects to its
// own stdin and stdout; here descriptor 3 is stdin for reading and stdout for writing. Whatever
// else the JavaScript side prints goes to stderr as one JSON line per write, {"stdout": base64}
// or {"stderr": base64}, which is how the relay reports it and how jsii's Python side reads it.
'use strict';
const fs = require('fs');

const CHANNEL = 3;
const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const readSync = fs.readSync;
const writeSync = fs.writeSync;

function writeAll(fd, buffer) {
  for (let written = 0; written < buffer.length;) {
    try {
      written += writeSync.call(fs, fd, buffer, written);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}

function wrapped(stream, chunk, encoding) {
  const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8');
  writeAll(STDERR, Buffer.from(JSON.stringify({ [stream]: data.toString('base64') }) + '\n'));
}

// The kernel's answers are held until it waits for its next request (or exits), then written
// at once: answers to requests written ahead (jsii_fastpath.creates_pipelined) cross the pipe
// in one write instead of one each. An answer is never held while the kernel waits.
let answers = [];

function writeAnswers() {
  if (answers.length === 0) return;
  const data = answers.length === 1 ? answers[0] : Buffer.concat(answers);
  answers = [];
  writeAll(STDOUT, data);
}

process.on('exit', writeAnswers);

fs.readSync = function (fd, ...rest) {
  if (fd === CHANNEL) {
    writeAnswers();
    return readSync.call(fs, STDIN, ...rest);
  }
  return readSync.call(fs, fd, ...rest);
};
fs.writeSync = function (fd, buffer, ...rest) {
  if (fd === CHANNEL) {
    // The kernel writes a Buffer it made for the one answer (writeLine), from an offset, and
    // never reuses it.
    const offset = typeof rest[0] === 'number' ? rest[0] : 0;
    const data = typeof buffer === 'string' ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    answers.push(offset === 0 ? data : data.subarray(offset));
    return data.length - offset;
  }
  if (fd === STDERR) {
    // The kernel's own error lines (JSII_DEBUG and the like) are console output too.
    const offset = typeof rest[0] === 'number' ? rest[0] : 0;
    const data = (typeof buffer === 'string' ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)).subarray(offset);
    wrapped('stderr', data);
    return data.length;
  }
  return writeSync.call(fs, fd, buffer, ...rest);
};

for (const name of ['stdout', 'stderr']) {
  process[name].write = function (chunk, encoding, callback) {
    wrapped(name, chunk, encoding);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  // Reaching process.stdout/stderr made node switch the pipe to non-blocking; the kernel's
  // writes would then meet a full pipe (EAGAIN) and sleep a millisecond or more before trying
  // again. Blocking writes wait just as long as the reader needs.
  const handle = process[name]._handle;
  if (handle && typeof handle.setBlocking === 'function') handle.setBlocking(true);
}

require('../lib/program.js');
