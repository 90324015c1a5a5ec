#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "mayfly.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProviders, "mayfly.providers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMime, "mayfly.mime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHtml, "mayfly.html", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExtract, "mayfly.extract", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "mayfly.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mayfly.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPrivacy, "mayfly.privacy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "mayfly.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRelay, "mayfly.relay", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "mayfly.ui", QtWarningMsg)
