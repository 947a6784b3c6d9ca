#ifndef CIVICBOT_CURLSHIM_H
#define CIVICBOT_CURLSHIM_H

#include <curl/curl.h>

/// Data callback shape shared by CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION.
typedef size_t (*curlshim_data_callback)(char *data, size_t size, size_t count, void *userdata);

/// Progress callback shape of CURLOPT_XFERINFOFUNCTION; a non-zero return aborts the transfer.
typedef int (*curlshim_xferinfo_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                          curl_off_t ultotal, curl_off_t ulnow);

/// curl_easy_setopt for options that take a long.
CURLcode curlshim_setopt_long(CURL *handle, CURLoption option, long value);

/// curl_easy_setopt for options that take a pointer (strings, slists, userdata, buffers).
CURLcode curlshim_setopt_pointer(CURL *handle, CURLoption option, const void *value);

/// curl_easy_setopt for options that take a curl_off_t.
CURLcode curlshim_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);

/// curl_easy_setopt for CURLOPT_WRITEFUNCTION / CURLOPT_HEADERFUNCTION.
CURLcode curlshim_setopt_data_callback(CURL *handle, CURLoption option, curlshim_data_callback callback);

/// curl_easy_setopt for CURLOPT_XFERINFOFUNCTION.
CURLcode curlshim_setopt_xferinfo_callback(CURL *handle, curlshim_xferinfo_callback callback);

/// curl_easy_getinfo for CURLINFO_LONG values (e.g. CURLINFO_RESPONSE_CODE).
CURLcode curlshim_getinfo_long(CURL *handle, CURLINFO info, long *value);

/// curl_easy_getinfo for CURLINFO_STRING values (e.g. CURLINFO_CONTENT_TYPE); the string belongs to curl.
CURLcode curlshim_getinfo_string(CURL *handle, CURLINFO info, const char **value);

/// curl_easy_getinfo for CURLINFO_OFF_T values (e.g. CURLINFO_TOTAL_TIME_T).
CURLcode curlshim_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);

#endif
