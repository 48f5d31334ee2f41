import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUrls, isAllInterfacesHost, isLoopbackHost, isUnknownHost, loopbackFor, parseUrlAt } from '../../../../src/core/analysis/urls';

test('parseUrlAt: scheme, host and port with offsets', () => {
  const text = 'http://user:pw@Example.com:8080/path?q=1';
  const url = parseUrlAt(text, 0);
  assert.ok(url);
  assert.equal(url.scheme, 'http');
  assert.equal(url.schemeEnd, 4);
  assert.equal(url.host, 'example.com');
  assert.equal(text.slice(url.hostStart, url.hostEnd), 'Example.com');
  assert.equal(url.port, '8080');
  assert.equal(url.end, text.length);
});

test('parseUrlAt: IPv6 and references', () => {
  assert.equal(parseUrlAt('ws://[::1]:9000/x', 0)?.host, '[::1]');
  assert.equal(parseUrlAt('http://${env:HOST}:8080/', 0)?.host, '${env:host}');
  assert.equal(parseUrlAt('http://${env:HOST}/', 0)?.host, '${env:host}');
  assert.equal(parseUrlAt('http://<your-host>:8080', 0)?.host, '<your-host>');
});

test('findUrls: only at word boundaries, only the asked schemes', () => {
  const text = '--url=http://a.example.com/x and "ws://b:1" but git+http://c and xhttp://d, https://e';
  assert.deepEqual(
    findUrls(text, ['http', 'ws']).map((u) => [u.scheme, u.host]),
    [
      ['http', 'a.example.com'],
      ['ws', 'b'],
    ],
  );
  const list = findUrls('http://a,http://b', ['http']);
  assert.deepEqual(list.map((u) => text.length >= 0 && u.host), ['a', 'b']);
});

test('loopback hosts', () => {
  for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0:0:0:0:0:0:0:1', '[0000:0000::0001]', '::ffff:127.0.0.1', 'localhost.']) {
    assert.equal(isLoopbackHost(host), true, host);
  }
  for (const host of ['0.0.0.0', '::', '[::]', '10.0.0.1', '128.0.0.1', '127.0.0.256', 'localhost.example.com', 'example.com', '::2', '']) {
    assert.equal(isLoopbackHost(host), false, host);
  }
});

test('all-interfaces hosts and their loopback replacement', () => {
  for (const host of ['0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0']) assert.equal(isAllInterfacesHost(host), true, host);
  for (const host of ['127.0.0.1', '::1', '0.0.0.1', 'localhost']) assert.equal(isAllInterfacesHost(host), false, host);
  assert.equal(loopbackFor('0.0.0.0'), '127.0.0.1');
  assert.equal(loopbackFor('::'), '::1');
  assert.equal(loopbackFor('[::]'), '[::1]');
});

test('unknown hosts: references and placeholders', () => {
  for (const host of ['${env:host}', '$host', '%host%', '<host>', '{host}', 'your-server.com', 'xxx', '*', '']) {
    assert.equal(isUnknownHost(host), true, host);
  }
  for (const host of ['example.com', 'gitlab.corp', '10.0.0.5', 'yourcompany.com']) assert.equal(isUnknownHost(host), false, host);
});
