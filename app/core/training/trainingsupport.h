#pragma once

// Small helpers shared by the two source files of TrainingService (trainingservice.cpp and
// trainingcertificates.cpp). Not a public API.

#include "core/accounts/session.h"
#include "core/clock.h"
#include "core/training/training.h"
#include "core/training/trainingservice.h"
#include "core/training/trainingstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stages::trainingsupport {

inline Status requireTraining(const Session &session)
{
    if (session.can(Capability::CertifyEducators))
        return {};
    //: Shown to a pupil or a teacher who tries to see or change the training of educators.
    return Status::failure(TrainingService::tr("Only trainers and administrators can see and record the training of "
                                               "educators."));
}

inline QDate todayOf(const Clock &clock)
{
    return clock.now().date();
}

inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline bool holdsValid(const QList<CertificateRecord> &certificates, const QString &programmeId, const QDate &today)
{
    return std::any_of(certificates.cbegin(), certificates.cend(),
                       [&](const CertificateRecord &c) { return c.programmeId == programmeId && c.isValidOn(today); });
}

inline bool holdsValidTrainerCertificate(const QList<CertificateRecord> &certificates, const QDate &today)
{
    return std::any_of(certificates.cbegin(), certificates.cend(), [&](const CertificateRecord &c) {
        return c.level >= TrainingStore::kTrainerLevel && c.isValidOn(today);
    });
}

} // namespace stages::trainingsupport
