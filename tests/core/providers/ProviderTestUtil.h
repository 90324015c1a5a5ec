#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"

#include <QTest>

#include <functional>
#include <optional>

namespace mayfly::test {

// Runs one asynchronous provider call to completion and checks the callback came later, not
// inside the call (the Provider contract).
template <typename T>
core::Result<T> await(const std::function<void(std::function<void(core::Result<T>)>)>& call, int timeoutMs = 15000)
{
    std::optional<core::Result<T>> result;
    bool returned = false;
    bool early = false;
    call([&](core::Result<T> r) {
        early = !returned;
        result.emplace(std::move(r));
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return core::makeError(core::ErrorCode::Timeout, QStringLiteral("test gave up waiting"));
    if (early)
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("callback ran inside the call"));
    return std::move(*result);
}

inline void quickNetwork(core::net::HttpClient& http)
{
    http.setHostSpacing(std::chrono::milliseconds(0));
    core::net::RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(5);
    policy.maxDelay = std::chrono::milliseconds(20);
    http.setRetryPolicy(policy);
}

} // namespace mayfly::test

#define MAYFLY_VERIFY_OK(result)                                                                                       \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().toString()))
