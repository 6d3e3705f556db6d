/*
 * LD_PRELOAD shim for the private pcscd (../private-pcscd.ts). Debian's vpcd (vsmartcard 3.3)
 * writes a frame's length and payload in two send() calls on a Nagle-enabled socket, so each APDU
 * waits ~40 ms for the virtual card's delayed ACK. Setting TCP_NODELAY on the sockets vpcd accepts
 * or connects removes the stall without patching vpcd. vpcd also binds its listening port to
 * INADDR_ANY; the virtual card always connects over loopback, so binding there keeps the port off
 * the network.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

static void nodelay(int fd) {
  int saved = errno, type = 0, one = 1;
  struct sockaddr_storage addr;
  socklen_t alen = sizeof addr, tlen = sizeof type;
  if (fd >= 0 && getsockname(fd, (struct sockaddr *)&addr, &alen) == 0 &&
      (addr.ss_family == AF_INET || addr.ss_family == AF_INET6) &&
      getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tlen) == 0 && type == SOCK_STREAM)
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  errno = saved;
}

int accept(int fd, struct sockaddr *addr, socklen_t *len) {
  static int (*real)(int, struct sockaddr *, socklen_t *);
  if (!real) real = (int (*)(int, struct sockaddr *, socklen_t *))dlsym(RTLD_NEXT, "accept");
  int client = real(fd, addr, len);
  nodelay(client);
  return client;
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
  static int (*real)(int, struct sockaddr *, socklen_t *, int);
  if (!real) real = (int (*)(int, struct sockaddr *, socklen_t *, int))dlsym(RTLD_NEXT, "accept4");
  int client = real(fd, addr, len, flags);
  nodelay(client);
  return client;
}

/* vpcd's reversed mode (DEVICENAME host:port) connects out instead of accepting. */
int connect(int fd, const struct sockaddr *addr, socklen_t len) {
  static int (*real)(int, const struct sockaddr *, socklen_t);
  if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
  int result = real(fd, addr, len);
  if (result == 0 || errno == EINPROGRESS) nodelay(fd);
  return result;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len) {
  static int (*real)(int, const struct sockaddr *, socklen_t);
  if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "bind");
  struct sockaddr_in loopback;
  if (addr && addr->sa_family == AF_INET && len >= (socklen_t)sizeof loopback) {
    memcpy(&loopback, addr, sizeof loopback);
    if (loopback.sin_addr.s_addr == htonl(INADDR_ANY)) {
      loopback.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      return real(fd, (const struct sockaddr *)&loopback, sizeof loopback);
    }
  }
  return real(fd, addr, len);
}
