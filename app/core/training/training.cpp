#include "core/training/training.h"

namespace stages {

bool CertificateRecord::isValidOn(const QDate &today) const
{
    return !isRevoked() && CertificationRules::isValid(expiresOn, today);
}

QString educatorStatusName(EducatorStatus status)
{
    switch (status) {
    case EducatorStatus::InTraining:
        //: The status of an educator who holds no valid certificate yet.
        return QCoreApplication::translate("stages::Training", "In training");
    case EducatorStatus::CertifiedTeacher:
        return QCoreApplication::translate("stages::Training", "Certified teacher");
    case EducatorStatus::Trainer:
        //: The status of an educator with a valid trainer certificate: may certify others.
        return QCoreApplication::translate("stages::Training", "Trainer");
    case EducatorStatus::Lapsed:
        //: The status of an educator whose certificates all expired or were revoked.
        return QCoreApplication::translate("stages::Training", "Lapsed");
    }
    return {};
}

} // namespace stages
